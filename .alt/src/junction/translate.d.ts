export declare function translate(nt: string): string;
/** C++ `std::string::substr(pos, len)` where a negative `len` (a huge size_t) means "to the end". */
export declare function cppSubstr(s: string, pos: number, len: number): string;
