const NAMED = {
    '7c': '#######',
    '8c': '########',
    '9c': '#########',
    '8s': '####-####',
    '10s': '#####-#####',
    '12s': '######-######',
    '13s': '#######-######',
};
/** Expands a seed name (`12s`, `9c`, `<n>c`, `<n>s`) or an explicit `#`/`-` pattern. */
export function parseSeed(name) {
    const raw = (name ?? '').trim();
    let pattern;
    if (raw === '')
        pattern = NAMED['10s'];
    else if (NAMED[raw])
        pattern = NAMED[raw];
    else if (raw.includes('#'))
        pattern = raw;
    else {
        const m = /^(\d+)([cs])$/.exec(raw);
        if (!m)
            throw new Error(`unknown seed '${raw}' (expected e.g. 12s, 9c or a #/- pattern)`);
        const n = Number(m[1]);
        if (m[2] === 'c')
            pattern = '#'.repeat(n);
        else
            pattern = '#'.repeat(n - Math.floor(n / 2)) + '-' + '#'.repeat(Math.floor(n / 2));
    }
    if (!/^[#-]+$/.test(pattern))
        throw new Error(`invalid seed pattern '${pattern}'`);
    if (pattern.length > 15)
        throw new Error(`seed '${pattern}' is longer than 15 positions, not supported`);
    return { pattern, span: pattern.length, weight: pattern.split('').filter((c) => c === '#').length };
}
//# sourceMappingURL=seed.js.map