/** Per-read outcome codes, in vidjil's display order (index = statistics slot). */
export const enum Status {
  NotProcessed = 0,
  Seg = 1,
  SegPlus = 2,
  SegMinus = 3,
  SegChangedWindow = 4,
  TooShort = 5,
  Strand = 6,
  TooFewVJ = 7,
  OnlyV = 8,
  OnlyJ = 9,
  DeltaMin = 10,
  Ambiguous = 11,
  TooShortWindow = 12,
}

export const STATUS_LABELS = [
  '?',
  'SEG',
  'SEG_+',
  'SEG_-',
  'SEG changed w',
  'UNSEG too short',
  'UNSEG strand',
  'UNSEG too few V/J',
  "UNSEG only V/5'",
  "UNSEG only J/3'",
  'UNSEG < delta_min',
  'UNSEG ambiguous',
  'UNSEG too short w',
];
