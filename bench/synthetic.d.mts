export function makeAnswerFiles(dir: string, count: number, seed?: number): string[];
