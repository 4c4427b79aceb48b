import { zodResolver } from "@hookform/resolvers/zod";
import {
  BILLING_CURRENCIES,
  type BillingPlanDoc,
  moneyInputText,
  parseMoneyInput,
} from "@portico/domain/billing/plan";
import { setBillingPlanCallable } from "@portico/domain/callables/billing";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { CallableError, call } from "../../../lib/callable";

const price = (message: string) =>
  z.string().refine((value) => parseMoneyInput(value) !== null, message);

/** What the form holds: text as typed; the callable's schema checks the numbers again. */
const planFormSchema = z.object({
  monthlyFee: price("Enter the monthly fee, e.g. 49 or 49.50."),
  includedMinutes: z.string().regex(/^\d{1,7}$/, "Enter whole minutes, e.g. 300."),
  perMinute: price("Enter the price per extra minute, e.g. 0.25."),
  currency: z.enum(BILLING_CURRENCIES),
  billingDay: z.string().regex(/^([1-9]|1\d|2[0-8])$/, "Choose a day from 1 to 28."),
});
type PlanForm = z.input<typeof planFormSchema>;

const DAYS = Array.from({ length: 28 }, (_, index) => ({
  value: String(index + 1),
  label: String(index + 1),
}));

/** The server's field names -> the form's. */
const FIELD_OF: Record<string, keyof PlanForm> = {
  monthlyFeeMinor: "monthlyFee",
  includedMinutes: "includedMinutes",
  perMinuteMinor: "perMinute",
  currency: "currency",
  billingDay: "billingDay",
};

/** Sets or changes a client's plan (owners and admins); money is sent in cents. */
export function BillingPlanForm({
  clientId,
  plan,
  onDone,
}: {
  clientId: string;
  plan: BillingPlanDoc | null;
  onDone: () => void;
}) {
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PlanForm>({
    resolver: zodResolver(planFormSchema),
    defaultValues: {
      monthlyFee: plan ? moneyInputText(plan.monthlyFeeMinor) : "",
      includedMinutes: plan ? String(plan.includedMinutes) : "",
      perMinute: plan ? moneyInputText(plan.perMinuteMinor) : "",
      currency: plan?.currency ?? "USD",
      billingDay: String(plan?.billingDay ?? 1),
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await call(setBillingPlanCallable, {
        clientId,
        monthlyFeeMinor: parseMoneyInput(values.monthlyFee) ?? -1,
        includedMinutes: Number(values.includedMinutes),
        perMinuteMinor: parseMoneyInput(values.perMinute) ?? -1,
        currency: values.currency,
        billingDay: Number(values.billingDay),
      });
      toast.show("Plan saved", { tone: "success" });
      onDone();
    } catch (error) {
      if (!(error instanceof CallableError)) {
        setFormError("Couldn't save the plan. Try again.");
        return;
      }
      const known = Object.entries(error.fields).flatMap(([field, message]) => {
        const name = FIELD_OF[field];
        return name ? [[name, message] as const] : [];
      });
      for (const [name, message] of known) setError(name, { message });
      setFormError(known.length > 0 ? null : error.message);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack billing-plan-form">
      <FormError>{formError}</FormError>
      <div className="form-row">
        <TextField
          label="Monthly fee"
          inputMode="decimal"
          error={errors.monthlyFee?.message}
          {...register("monthlyFee")}
        />
        <SelectField
          label="Currency"
          options={BILLING_CURRENCIES.map((code) => ({ value: code, label: code }))}
          error={errors.currency?.message}
          {...register("currency")}
        />
      </div>
      <div className="form-row">
        <TextField
          label="Included minutes"
          inputMode="numeric"
          error={errors.includedMinutes?.message}
          {...register("includedMinutes")}
        />
        <TextField
          label="Price per extra minute"
          inputMode="decimal"
          error={errors.perMinute?.message}
          {...register("perMinute")}
        />
      </div>
      <SelectField
        label="Billing day"
        options={DAYS}
        error={errors.billingDay?.message}
        {...register("billingDay")}
      />
      <div className="form-actions">
        <Button type="submit" busy={isSubmitting}>
          Save plan
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
