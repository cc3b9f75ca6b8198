import { formatDateTime, formatRelativeTime } from '../../lib/relative-time';
import { useNow } from '../../lib/use-now';

/** "3 min ago", with the exact time on hover and for machines. */
export function RelativeTime({ date }: { date: string }) {
  const now = useNow();
  return (
    <time dateTime={date} title={formatDateTime(date)}>
      {formatRelativeTime(date, now)}
    </time>
  );
}
