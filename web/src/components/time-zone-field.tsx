import { formatTimeZoneChoice } from "@portico/domain/format";
import { timeZoneChoices } from "@portico/domain/time-zones";
import { forwardRef, useEffect, useId, useState } from "react";
import { TextField, type TextFieldProps } from "./form-field";

interface TimeZoneChoice {
  zone: string;
  label: string;
}

/** Zones labelled per batch between frames: each label costs an Intl formatter. */
const BATCH = 60;
let labelled: TimeZoneChoice[] | null = null;
let labelling: Promise<TimeZoneChoice[]> | null = null;

/**
 * The labelled zones ("Europe/Amsterdam (GMT+1)"), built once per session in
 * small batches after the form has painted: labelling ~420 zones at once took
 * a third of a second on a phone, and opening a form with a time zone field
 * waited for it (the interaction's INP; see npm run bench:vitals).
 */
function labelTimeZones(): Promise<TimeZoneChoice[]> {
  labelling ??= new Promise((resolve) => {
    const zones = timeZoneChoices();
    const now = new Date();
    const out: TimeZoneChoice[] = [];
    const next = () => {
      for (const zone of zones.slice(out.length, out.length + BATCH)) {
        out.push({ zone, label: formatTimeZoneChoice(zone, now) });
      }
      if (out.length < zones.length) setTimeout(next, 0);
      else {
        labelled = out;
        resolve(out);
      }
    };
    setTimeout(next, 0);
  });
  return labelling;
}

function useTimeZoneChoices(): TimeZoneChoice[] {
  const [choices, setChoices] = useState<TimeZoneChoice[]>(labelled ?? []);
  useEffect(() => {
    if (labelled) return;
    let current = true;
    void labelTimeZones().then((list) => current && setChoices(list));
    return () => {
      current = false;
    };
  }, []);
  return choices;
}

/**
 * A time zone picker: a labelled text field suggesting the platform's IANA
 * zones as you type (a native datalist, so it is searchable, announced and
 * keyboard-complete everywhere). The server checks whatever is typed.
 */
export const TimeZoneField = forwardRef<HTMLInputElement, Omit<TextFieldProps, "list">>(
  function TimeZoneField({ hint, ...rest }, ref) {
    const listId = useId();
    const choices = useTimeZoneChoices();
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
