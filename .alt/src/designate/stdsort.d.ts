/**
 * An emulation of libstdc++'s `std::sort` (introsort + final insertion sort), needed to order
 * tied genes exactly as the C++ does (spec §2.3). `less(a, b)` is the strict-weak comparator.
 */
export declare function stdSort<T>(arr: T[], less: (a: T, b: T) => boolean): T[];
