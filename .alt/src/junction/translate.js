/**
 * Nucleotide → amino-acid translation as vidjil does it (spec §4.8): standard code indexed by
 * 2-bit nucleotide codes, any letter mapped through the same bit formula (`N` reads as `G`),
 * `*` for stops and `#` for a trailing partial codon.
 */
import { NUC_CODE } from '../kmer/encode.js';
const TABLE = 'KNKNTTTTRSRSIIMIQHQHPPPPRRRRLLLLEDEDAAAAGGGGVVVV*Y*YSSSS*CWCLFLF';
const code = (c) => NUC_CODE[c & 255];
export function translate(nt) {
    let out = '';
    const n = nt.length;
    let i = 0;
    for (; i + 3 <= n; i += 3) {
        out += TABLE[(code(nt.charCodeAt(i)) << 4) | (code(nt.charCodeAt(i + 1)) << 2) | code(nt.charCodeAt(i + 2))];
    }
    if (i < n)
        out += '#';
    return out;
}
/** C++ `std::string::substr(pos, len)` where a negative `len` (a huge size_t) means "to the end". */
export function cppSubstr(s, pos, len) {
    if (pos > s.length)
        pos = s.length;
    if (pos < 0)
        pos = 0;
    if (len < 0)
        return s.slice(pos);
    return s.substr(pos, len);
}
//# sourceMappingURL=translate.js.map