import type { Task } from './pool.js';
export default function run(task: Task): unknown;
