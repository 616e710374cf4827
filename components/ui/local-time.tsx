import { useFormatDate } from './format';

/** A moment in the reader's language and time zone, machine-readable too. */
export function LocalTime({ value }: { value: Date | string }) {
  const formatDate = useFormatDate();
  return <time dateTime={new Date(value).toISOString()}>{formatDate(value)}</time>;
}
