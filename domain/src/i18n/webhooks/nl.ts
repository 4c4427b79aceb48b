import type { webhooksEn } from "./en";

/** Uitgaande webhooks: de mail aan de eigenaren van het bureau wanneer een endpoint wordt uitgezet. */
export const webhooksNl: typeof webhooksEn = {
  disabledEmail: {
    subject: "Een webhook-endpoint van {{agency}} is uitgezet",
    preview: "Portico stuurt geen events meer naar {{url}}",
    heading: "Een webhook-endpoint is uitgezet",
    gone: "Het endpoint {{url}} antwoordde 410 Gone: het wil geen events meer, dus Portico heeft het uitgezet.",
    failing:
      "Alle afleverpogingen van de laatste {{count}} events aan {{url}} zijn mislukt, dus Portico heeft het endpoint uitgezet.",
    body: "Er worden geen events meer naartoe gestuurd tot een eigenaar of beheerder het weer aanzet via Instellingen -> Webhooks, waar het afleverlogboek elk antwoord toont. Daar kun je events ook opnieuw versturen.",
    button: "Webhookinstellingen openen",
  },
};
