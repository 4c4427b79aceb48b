import type { CreateInviteInput, createInviteInputSchema } from "@portico/domain/invites";
import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";

/** The Create Invite form: the shared schema's input while editing, its output on Send. */
export type CreateInviteForm = UseFormReturn<
  CreateInviteInput,
  unknown,
  z.output<typeof createInviteInputSchema>
>;
