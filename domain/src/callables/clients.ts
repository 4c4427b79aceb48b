import { z } from "zod";
import { clientIdInputSchema, createClientInputSchema, updateClientInputSchema } from "../clients";
import { defineCallable } from "./define";

const clientAnswer = z.object({ clientId: z.string() });

export const createClientCallable = defineCallable({
  name: "createClient",
  caller: "editor",
  input: createClientInputSchema,
  output: clientAnswer,
});

export const updateClientCallable = defineCallable({
  name: "updateClient",
  caller: "editor",
  input: updateClientInputSchema,
  output: clientAnswer,
});

export const deleteClientCallable = defineCallable({
  name: "deleteClient",
  caller: "editor",
  input: clientIdInputSchema,
  output: clientAnswer,
});

export const clientCallables = {
  createClient: createClientCallable,
  updateClient: updateClientCallable,
  deleteClient: deleteClientCallable,
};
