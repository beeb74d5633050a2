/**
 * An emulation of libstdc++'s `std::sort` (introsort + final insertion sort), needed to order
 * tied genes exactly as the C++ does (spec §2.3). `less(a, b)` is the strict-weak comparator.
 */
export function stdSort<T>(arr: T[], less: (a: T, b: T) => boolean): T[] {
  const n = arr.length;
  if (n < 2) return arr;
  introsortLoop(arr, 0, n, 2 * Math.floor(Math.log2(n)), less);
  finalInsertionSort(arr, 0, n, less);
  return arr;
}

const THRESHOLD = 16;

function introsortLoop<T>(a: T[], first: number, last: number, depth: number, less: (x: T, y: T) => boolean): void {
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

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function moveMedianToFirst<T>(a: T[], result: number, x: number, y: number, z: number, less: (p: T, q: T) => boolean): void {
  if (less(a[x]!, a[y]!)) {
    if (less(a[y]!, a[z]!)) swap(a, result, y);
    else if (less(a[x]!, a[z]!)) swap(a, result, z);
    else swap(a, result, x);
  } else if (less(a[x]!, a[z]!)) swap(a, result, x);
  else if (less(a[y]!, a[z]!)) swap(a, result, z);
  else swap(a, result, y);
}

function partitionPivot<T>(a: T[], first: number, last: number, less: (p: T, q: T) => boolean): number {
  const mid = first + ((last - first) >> 1);
  moveMedianToFirst(a, first, first + 1, mid, last - 1, less);
  let lo = first + 1;
  let hi = last;
  const pivot = first;
  for (;;) {
    while (less(a[lo]!, a[pivot]!)) lo++;
    hi--;
    while (less(a[pivot]!, a[hi]!)) hi--;
    if (!(lo < hi)) return lo;
    swap(a, lo, hi);
    lo++;
  }
}

function adjustHeap<T>(a: T[], first: number, hole: number, len: number, value: T, less: (p: T, q: T) => boolean): void {
  const top = hole;
  let child = hole;
  while (child < Math.floor((len - 1) / 2)) {
    child = 2 * (child + 1);
    if (less(a[first + child]!, a[first + child - 1]!)) child--;
    a[first + hole] = a[first + child]!;
    hole = child;
  }
  if ((len & 1) === 0 && child === Math.floor((len - 2) / 2)) {
    child = 2 * (child + 1);
    a[first + hole] = a[first + child - 1]!;
    hole = child - 1;
  }
  let parent = Math.floor((hole - 1) / 2);
  while (hole > top && less(a[first + parent]!, value)) {
    a[first + hole] = a[first + parent]!;
    hole = parent;
    parent = Math.floor((hole - 1) / 2);
  }
  a[first + hole] = value;
}

function heapSort<T>(a: T[], first: number, last: number, less: (p: T, q: T) => boolean): void {
  const len = last - first;
  if (len >= 2) {
    let parent = Math.floor((len - 2) / 2);
    for (;;) {
      adjustHeap(a, first, parent, len, a[first + parent]!, less);
      if (parent === 0) break;
      parent--;
    }
  }
  let end = last;
  while (end - first > 1) {
    end--;
    const value = a[end]!;
    a[end] = a[first]!;
    adjustHeap(a, first, 0, end - first, value, less);
  }
}

function unguardedLinearInsert<T>(a: T[], last: number, less: (p: T, q: T) => boolean): void {
  const val = a[last]!;
  let next = last - 1;
  while (less(val, a[next]!)) {
    a[last] = a[next]!;
    last = next;
    next--;
  }
  a[last] = val;
}

function insertionSort<T>(a: T[], first: number, last: number, less: (p: T, q: T) => boolean): void {
  if (first === last) return;
  for (let i = first + 1; i < last; i++) {
    if (less(a[i]!, a[first]!)) {
      const val = a[i]!;
      for (let k = i; k > first; k--) a[k] = a[k - 1]!;
      a[first] = val;
    } else unguardedLinearInsert(a, i, less);
  }
}

function finalInsertionSort<T>(a: T[], first: number, last: number, less: (p: T, q: T) => boolean): void {
  if (last - first > THRESHOLD) {
    insertionSort(a, first, first + THRESHOLD, less);
    for (let i = first + THRESHOLD; i < last; i++) unguardedLinearInsert(a, i, less);
  } else insertionSort(a, first, last, less);
}
