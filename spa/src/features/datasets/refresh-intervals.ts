/** The intervals people pick from; any other value the API holds is shown as it is. */
export const REFRESH_INTERVAL_CHOICES: readonly number[] = [0, 5, 15, 30, 60, 180, 360, 720, 1440];

export function describeInterval(minutes: number): string {
  if (minutes === 0) return 'Manual only';
  if (minutes === 1440) return 'Every day';
  if (minutes % 60 === 0) return minutes === 60 ? 'Every hour' : `Every ${minutes / 60} hours`;
  return `Every ${minutes} minutes`;
}
