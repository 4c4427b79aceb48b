import { useId } from "react";
import { Button } from "../../../components/button";
import { useToast } from "../../../components/toast";

/**
 * A value to paste into a platform (webhook URL, signing secret): shown in
 * full in a read-only field, with a Copy button that names what it copies.
 */
export function CopyValue({ label, value }: { label: string; value: string }) {
  const id = useId();
  const toast = useToast();
  // "Webhook URL" → "webhook URL", inside a sentence.
  const name = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast.show(`${label} copied`, { tone: "success" });
    } catch {
      toast.show(`Couldn't copy the ${name}`, {
        description: "Select it and copy it yourself.",
        tone: "error",
      });
    }
  };
  return (
    <div className="field copy-value">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="copy-value-row">
        <input
          id={id}
          className="input input-mono"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" aria-label={`Copy ${name}`} onClick={() => void copy()}>
          Copy
        </Button>
      </div>
    </div>
  );
}
