/** Most of the sorted times that fall in any half-open window of `windowMs`. */
export function busiestWindow(sortedTimes: number[], windowMs: number): number {
  let busiest = 0;
  let first = 0;
  for (let last = 0; last < sortedTimes.length; last++) {
    while (sortedTimes[last] - sortedTimes[first] >= windowMs) first++;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}
