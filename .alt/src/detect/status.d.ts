/** Per-read outcome codes, in vidjil's display order (index = statistics slot). */
export declare const enum Status {
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
    TooShortWindow = 12
}
export declare const STATUS_LABELS: string[];
