import { createClientCallable } from "@portico/domain/callables/clients";
import type { ClientInput } from "@portico/domain/clients";
import type { Locale } from "@portico/domain/i18n/locales";
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../../components/button";
import { ClientForm } from "../../../components/client-form";
import { Dialog } from "../../../components/dialog";
import { useToast } from "../../../components/toast";
import { call } from "../../../lib/callable";

/** "Create Client" button and its dialog. */
export function CreateClientButton({
  defaultLanguage,
  defaultTimeZone,
}: {
  defaultLanguage: Locale;
  /** Undefined while the settings load: the field starts blank and the server applies the default. */
  defaultTimeZone: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  const navigate = useNavigate();

  const create = async (values: ClientInput) => {
    const { clientId } = await call(createClientCallable, values);
    setOpen(false);
    toast.show("Client created", { description: values.name, tone: "success" });
    navigate(`/clients/${clientId}`);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Create Client</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Create Client">
        {open && (
          <ClientForm
            defaultValues={{
              name: "",
              company: "",
              email: "",
              website: "",
              type: "client",
              language: defaultLanguage,
              timeZone: defaultTimeZone ?? "",
            }}
            submitLabel="Create"
            onSubmit={create}
            onCancel={() => setOpen(false)}
          />
        )}
      </Dialog>
    </>
  );
}
