export const MiB: number;
export function hostileFiles(): Record<string, string>;
