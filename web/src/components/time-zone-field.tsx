import { formatTimeZoneChoice } from "@portico/domain/format";
import { timeZoneChoices } from "@portico/domain/time-zones";
import { forwardRef, useId, useMemo } from "react";
import { TextField, type TextFieldProps } from "./form-field";

/**
 * A time zone picker: a labelled text field suggesting the platform's IANA
 * zones as you type (a native datalist, so it is searchable, announced and
 * keyboard-complete everywhere). The server checks whatever is typed.
 */
export const TimeZoneField = forwardRef<HTMLInputElement, Omit<TextFieldProps, "list">>(
  function TimeZoneField({ hint, ...rest }, ref) {
    const listId = useId();
    const choices = useMemo(() => {
      const now = new Date();
      return timeZoneChoices().map((zone) => ({ zone, label: formatTimeZoneChoice(zone, now) }));
    }, []);
    return (
      <>
        <TextField
          ref={ref}
          list={listId}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          hint={hint ?? "Type a city or region, like Amsterdam, and pick it from the list."}
          {...rest}
        />
        <datalist id={listId}>
          {choices.map(({ zone, label }) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </datalist>
      </>
    );
  },
);
