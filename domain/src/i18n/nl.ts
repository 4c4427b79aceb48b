import type { Messages } from "./en";

export const nl: Messages = {
  email: {
    footer: "Verstuurd door {{agency}} met Portico.",
    linkFallback: "Werkt de knop niet? Kopieer deze link in je browser:",
    expires: "Deze link werkt één keer en verloopt op {{date}}.",
    ignore: "Had je deze e-mail niet verwacht? Dan kun je hem negeren.",
    teamInvitation: {
      subject: "{{inviter}} nodigt je uit voor {{agency}} op Portico",
      preview: "Word lid van {{agency}} op Portico",
      heading: "Word lid van {{agency}} op Portico",
      body: "{{inviter}} nodigt je uit voor de werkruimte van {{agency}} als {{role}}. In Portico haalt het team klanten aan boord en volgt het elk toegangsverzoek live.",
      button: "Uitnodiging accepteren",
    },
    accessRequest: {
      subject: "{{agency}} vraagt toegang tot je accounts",
      reminderSubject: "Herinnering: {{agency}} wacht op toegang tot je accounts",
      updateSubject: "{{agency}} heeft het toegangsverzoek bijgewerkt",
      update: "{{agency}} heeft de gevraagde accounts gewijzigd. Dit is de actuele lijst.",
      preview: "Een snelle, veilige manier om {{agency}} toegang te geven",
      heading: "Hallo {{client}},",
      body: "{{agency}} vraagt toegang tot deze accounts om aan de slag te gaan:",
      reminder: "Een vriendelijke herinnering: {{agency}} wacht nog op toegang.",
      intake: "Je beantwoordt ook een paar korte vragen.",
      button: "Bekijken en toegang geven",
    },
    sample: {
      subject: "{{agency}} vraagt toegang tot je accounts",
      preview: "Een snelle, veilige manier om {{agency}} toegang te geven",
      heading: "Hallo {{client}},",
      body: "{{agency}} vraagt toegang tot een paar van je accounts om aan de slag te gaan. Het kost maar een paar minuten.",
      button: "Bekijken en toegang geven",
    },
  },
  roles: {
    owner: "Eigenaar",
    admin: "Beheerder",
    member: "Lid",
    viewer: "Kijker",
  },
};
