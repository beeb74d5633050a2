/**
 * An emulation of libstdc++'s `std::sort` (introsort + final insertion sort), needed to order
 * tied genes exactly as the C++ does (spec §2.3). `less(a, b)` is the strict-weak comparator.
 */
export function stdSort(arr, less) {
    const n = arr.length;
    if (n < 2)
        return arr;
    introsortLoop(arr, 0, n, 2 * Math.floor(Math.log2(n)), less);
    finalInsertionSort(arr, 0, n, less);
    return arr;
}
const THRESHOLD = 16;
function introsortLoop(a, first, last, depth, less) {
    while (last - first > THRESHOLD) {
        if (depth === 0) {
            heapSort(a, first, last, less);
            return;
        }
        depth--;
        const cut = partitionPivot(a, first, last, less);
        introsortLoop(a, cut, last, depth, less);
        last = cut;
    }
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}
function moveMedianToFirst(a, result, x, y, z, less) {
    if (less(a[x], a[y])) {
        if (less(a[y], a[z]))
            swap(a, result, y);
        else if (less(a[x], a[z]))
            swap(a, result, z);
        else
            swap(a, result, x);
    }
    else if (less(a[x], a[z]))
        swap(a, result, x);
    else if (less(a[y], a[z]))
        swap(a, result, z);
    else
        swap(a, result, y);
}
function partitionPivot(a, first, last, less) {
    const mid = first + ((last - first) >> 1);
    moveMedianToFirst(a, first, first + 1, mid, last - 1, less);
    let lo = first + 1;
    let hi = last;
    const pivot = first;
    for (;;) {
        while (less(a[lo], a[pivot]))
            lo++;
        hi--;
        while (less(a[pivot], a[hi]))
            hi--;
        if (!(lo < hi))
            return lo;
        swap(a, lo, hi);
        lo++;
    }
}
function adjustHeap(a, first, hole, len, value, less) {
    const top = hole;
    let child = hole;
    while (child < Math.floor((len - 1) / 2)) {
        child = 2 * (child + 1);
        if (less(a[first + child], a[first + child - 1]))
            child--;
        a[first + hole] = a[first + child];
        hole = child;
    }
    if ((len & 1) === 0 && child === Math.floor((len - 2) / 2)) {
        child = 2 * (child + 1);
        a[first + hole] = a[first + child - 1];
        hole = child - 1;
    }
    let parent = Math.floor((hole - 1) / 2);
    while (hole > top && less(a[first + parent], value)) {
        a[first + hole] = a[first + parent];
        hole = parent;
        parent = Math.floor((hole - 1) / 2);
    }
    a[first + hole] = value;
}
function heapSort(a, first, last, less) {
    const len = last - first;
    if (len >= 2) {
        let parent = Math.floor((len - 2) / 2);
        for (;;) {
            adjustHeap(a, first, parent, len, a[first + parent], less);
            if (parent === 0)
                break;
            parent--;
        }
    }
    let end = last;
    while (end - first > 1) {
        end--;
        const value = a[end];
        a[end] = a[first];
        adjustHeap(a, first, 0, end - first, value, less);
    }
}
function unguardedLinearInsert(a, last, less) {
    const val = a[last];
    let next = last - 1;
    while (less(val, a[next])) {
        a[last] = a[next];
        last = next;
        next--;
    }
    a[last] = val;
}
function insertionSort(a, first, last, less) {
    if (first === last)
        return;
    for (let i = first + 1; i < last; i++) {
        if (less(a[i], a[first])) {
            const val = a[i];
            for (let k = i; k > first; k--)
                a[k] = a[k - 1];
            a[first] = val;
        }
        else
            unguardedLinearInsert(a, i, less);
    }
}
function finalInsertionSort(a, first, last, less) {
    if (last - first > THRESHOLD) {
        insertionSort(a, first, first + THRESHOLD, less);
        for (let i = first + THRESHOLD; i < last; i++)
            unguardedLinearInsert(a, i, less);
    }
    else
        insertionSort(a, first, last, less);
}
//# sourceMappingURL=stdsort.js.map