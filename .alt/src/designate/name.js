export function designationName(seq, boxes) {
    if (boxes.length === 0)
        return '';
    let out = boxes[0].name;
    for (let k = 1; k < boxes.length; k++) {
        const a = boxes[k - 1];
        const b = boxes[k];
        const ins = b.start - 1 >= a.end + 1 ? seq.slice(a.end + 1, b.start) : '';
        out += ` ${a.delRight}/${ins}/${b.delLeft} ${b.name}`;
    }
    return out;
}
//# sourceMappingURL=name.js.map