import { type BusinessHours, type OpenRange, WEEKDAYS } from "@portico/domain/voice/business-hours";
import { Button } from "../../../components/button";
import type { AgentStrings } from "../../../lib/portal-strings";

/**
 * Opening hours per weekday (up to four ranges a day; none: closed) and
 * holiday closures. `errors` are keyed like the server's field messages
 * under `changes.businessHours` (e.g. `weekly.mon.1.opens`).
 */
export function BusinessHoursEditor({
  t,
  value,
  onChange,
  readOnly,
  errors,
}: {
  t: AgentStrings;
  value: BusinessHours;
  onChange: (next: BusinessHours) => void;
  readOnly: boolean;
  errors: Record<string, string>;
}) {
  const s = t.settings;
  const setDay = (day: (typeof WEEKDAYS)[number], ranges: OpenRange[]) =>
    onChange({ ...value, weekly: { ...value.weekly, [day]: ranges } });
  return (
    <div className="stack business-hours">
      {WEEKDAYS.map((day) => {
        const ranges = value.weekly[day] ?? [];
        const dayError = Object.entries(errors).find(([key]) =>
          key.startsWith(`weekly.${day}`),
        )?.[1];
        return (
          <fieldset key={day} className="business-day">
            <legend className="field-label">{s.weekdays[day]}</legend>
            {ranges.length === 0 && <p className="muted small">{s.closed}</p>}
            {ranges.map((range, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their place in the day
              <div key={index} className="business-range">
                {(["opens", "closes"] as const).map((edge) => (
                  <label key={edge}>
                    <span className="visually-hidden">{`${s.weekdays[day]} ${index + 1}: `}</span>
                    {s[edge]}{" "}
                    <input
                      type="time"
                      className="input input-time"
                      value={range[edge]}
                      readOnly={readOnly}
                      onChange={(event) =>
                        setDay(
                          day,
                          ranges.map((r, at) =>
                            at === index ? { ...r, [edge]: event.target.value } : r,
                          ),
                        )
                      }
                    />
                  </label>
                ))}
                {!readOnly && (
                  <Button
                    variant="ghost"
                    onClick={() =>
                      setDay(
                        day,
                        ranges.filter((_, at) => at !== index),
                      )
                    }
                  >
                    {s.removeRange}
                    <span className="visually-hidden">{` ${s.weekdays[day]} ${index + 1}`}</span>
                  </Button>
                )}
              </div>
            ))}
            {!readOnly && ranges.length < 4 && (
              <Button
                variant="ghost"
                onClick={() => setDay(day, [...ranges, { opens: "09:00", closes: "17:00" }])}
              >
                {s.addRange}
                <span className="visually-hidden">{` ${s.weekdays[day]}`}</span>
              </Button>
            )}
            {dayError && (
              <p className="field-error" role="alert">
                {dayError}
              </p>
            )}
          </fieldset>
        );
      })}
      <fieldset className="business-closures">
        <legend className="field-label">{s.closures}</legend>
        {value.closures.map((closure, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: closures are edited in place, by position
          <div key={index} className="business-range">
            <label>
              {s.closureDate}{" "}
              <input
                type="date"
                className="input"
                value={closure.date}
                readOnly={readOnly}
                onChange={(event) =>
                  onChange({
                    ...value,
                    closures: value.closures.map((c, at) =>
                      at === index ? { ...c, date: event.target.value } : c,
                    ),
                  })
                }
              />
            </label>
            <label>
              {s.closureName}{" "}
              <input
                className="input"
                value={closure.name}
                readOnly={readOnly}
                maxLength={80}
                onChange={(event) =>
                  onChange({
                    ...value,
                    closures: value.closures.map((c, at) =>
                      at === index ? { ...c, name: event.target.value } : c,
                    ),
                  })
                }
              />
            </label>
            {!readOnly && (
              <Button
                variant="ghost"
                onClick={() =>
                  onChange({ ...value, closures: value.closures.filter((_, at) => at !== index) })
                }
              >
                {s.removeRange}
                <span className="visually-hidden">{` ${closure.date}`}</span>
              </Button>
            )}
            {Object.entries(errors).find(([key]) => key.startsWith(`closures.${index}`))?.[1] && (
              <p className="field-error" role="alert">
                {Object.entries(errors).find(([key]) => key.startsWith(`closures.${index}`))?.[1]}
              </p>
            )}
          </div>
        ))}
        {!readOnly && (
          <Button
            variant="ghost"
            onClick={() =>
              onChange({ ...value, closures: [...value.closures, { date: "", name: "" }] })
            }
          >
            {s.addClosure}
          </Button>
        )}
      </fieldset>
    </div>
  );
}
