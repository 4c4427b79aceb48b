import type { DigestMessages } from "./en";

/** De wekelijkse samenvatting en de portaalinstellingen ervan, in het Nederlands. */
export const digestNl: DigestMessages = {
  email: {
    subject: "De week van je AI-agent bij {{company}}",
    preview: "{{calls}} gesprekken en {{bookings}} afspraken vorige week",
    heading: "De week van je agent",
    intro: "Dit deed je AI-agent van {{start}} tot {{end}}.",
    calls: "Gesprekken",
    answered: "Beantwoord",
    bookings: "Afspraken",
    bookingRate: "Afsprakenratio",
    noCalls: "Vorige week kwamen er geen gesprekken binnen.",
    questionsHeading: "Vragen die je agent niet kon beantwoorden",
    questionsHint:
      "Voeg ze toe als veelgestelde vragen in je portaal, zodat je agent ze de volgende keer kan beantwoorden.",
    button: "Open je portaal",
    unsubscribe: "Wil je deze wekelijkse e-mails niet meer? Afmelden: {{url}}",
  },
  profile: {
    title: "Wekelijkse e-mail",
    label: "Stuur me een wekelijkse samenvatting van de gesprekken en afspraken van mijn AI-agent",
    saved: "E-mailvoorkeur opgeslagen",
    save: "Voorkeur opslaan",
  },
  unsubscribe: {
    title: "Wekelijkse e-mail",
    ask: "Stoppen met de wekelijkse samenvatting van de gesprekken en afspraken van je AI-agent?",
    button: "Afmelden",
    done: "Je bent afgemeld. Je kunt de wekelijkse e-mail weer aanzetten in je portaalprofiel.",
    invalid: "Deze link is niet geldig. Je kunt je e-mails wijzigen in je portaalprofiel.",
    failed: "Afmelden is niet gelukt. Probeer het zo opnieuw.",
  },
};
