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
//# sourceMappingURL=status.js.map