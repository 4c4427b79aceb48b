const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Dates on the board and the client profile, e.g. "Nov 21, 2026, 1:21 PM". */
export const formatDateTime = (date: Date) => timeFormat.format(date);
