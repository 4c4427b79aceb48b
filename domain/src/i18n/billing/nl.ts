import type { BillingMessages } from "./en";

/** De factuurpagina's van het portaal, in het Nederlands. */
export const billingNl: BillingMessages = {
  nav: "Facturatie",
  title: "Facturatie",
  currentPeriod: "Huidige periode",
  periodRange: "{{start}} tot {{end}}",
  minutesUsed: "Gebruikte minuten",
  minutesOf: "{{used}} van {{included}} inbegrepen minuten",
  extraMinutes: "Extra minuten",
  monthlyFee: "Maandbedrag",
  perMinute: "{{price}} per extra minuut",
  projected: "Verwachte kosten",
  projectedHint:
    "Deze periode tot nu toe: het maandbedrag plus de minuten boven het plan. Het overzicht wordt uitgegeven als de periode eindigt, op {{date}}.",
  statements: "Overzichten",
  noStatements: "Nog geen overzichten. Het eerste wordt uitgegeven als deze periode eindigt.",
  statementNumber: "Overzicht nr. {{number}}",
  period: "Periode",
  issued: "Uitgegeven",
  total: "Totaal",
  view: "Overzicht {{number}} bekijken",
  print: "Afdrukken",
  back: "Terug naar facturatie",
  notFound: "Dit overzicht bestaat niet.",
  billedTo: "Gefactureerd aan",
  from: "Van",
  description: "Omschrijving",
  amount: "Bedrag",
  feeLine: "Maandplan ({{minutes}} minuten inbegrepen)",
  overageLine: "{{minutes}} extra minuten à {{price}}",
  minutesLine: "Gebruikte minuten deze periode: {{minutes}}",
  loadFailed: "Facturatie kon niet worden geladen. Probeer het zo opnieuw.",
  unavailableTitle: "Niet beschikbaar",
  unavailableText:
    "Dit deel van het portaal is niet beschikbaar voor je account. Vraag het je bureau als je het nodig hebt.",
  backHome: "Terug naar de portaalstart",
};
