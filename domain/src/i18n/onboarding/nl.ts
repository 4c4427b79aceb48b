import type { OnboardingMessages } from "./en";

/** De woorden van de openbare toegangspagina, in het Nederlands. */
export const onboardingNl: OnboardingMessages = {
  page: {
    title: "Aan de slag met {{agency}}",
    intro:
      "Vertel ons wie je bent en geef {{agency}} daarna toegang tot de accounts hieronder. Het duurt een paar minuten.",
    servicesTitle: "Wat {{agency}} je zal vragen",
    name: "Je naam",
    company: "Bedrijf",
    email: "E-mail",
    emailHint: "We mailen je ook een link, zodat je later kunt terugkomen.",
    website: "Website",
    terms: "Ik ga akkoord met de voorwaarden van {{agency}}",
    termsLink: "Lees de voorwaarden",
    honeypot: "Laat dit veld leeg",
    submit: "Doorgaan",
    submitting: "Een moment…",
    language: "Taal",
    optional: "(optioneel)",
    failed: "Er ging iets mis. Probeer het opnieuw.",
  },
  unavailable: {
    pausedTitle: "Deze pagina is gepauzeerd",
    pausedBody:
      "{{agency}} neemt via deze pagina nu geen nieuwe aanvragen aan. Neem rechtstreeks contact met hen op.",
    goneTitle: "Deze pagina is niet beschikbaar",
    goneBody:
      "De pagina die je opende bestaat niet of is verwijderd. Neem rechtstreeks contact op met {{agency}}.",
    unknownAgency: "het bureau",
  },
  errors: {
    nameRequired: "Vul je naam in.",
    nameTooLong: "Gebruik hoogstens 120 tekens.",
    companyTooLong: "Gebruik hoogstens 120 tekens.",
    emailRequired: "Vul je e-mailadres in.",
    emailInvalid: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
    emailTooLong: "Dat e-mailadres is te lang.",
    emailStaff: "Gebruik je eigen e-mailadres, niet een van het team van {{agency}}.",
    websiteInvalid: "Vul een website in zoals acme.com of https://acme.com.",
    websiteTooLong: "Gebruik hoogstens 300 tekens.",
    termsRequired: "Ga akkoord met de voorwaarden om door te gaan.",
    refused: "We konden deze aanvraag niet aannemen. Neem rechtstreeks contact op met {{agency}}.",
    dailyCap:
      "{{agency}} kan vandaag geen aanvragen meer aannemen via deze pagina. Probeer het morgen opnieuw of neem rechtstreeks contact op.",
  },
  email: {
    subject: "Je toegangsaanvraag van {{agency}}",
    preview: "Je link om {{agency}} toegang te geven",
  },
};
