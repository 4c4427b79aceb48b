/** English strings: the source every other language mirrors (checked by a unit test). */
export const en = {
  email: {
    footer: "Sent by {{agency}} with Portico.",
    linkFallback: "If the button does not work, copy this link into your browser:",
    expires: "This link works once and expires on {{date}}.",
    ignore: "If you weren't expecting this email, you can ignore it.",
    teamInvitation: {
      subject: "{{inviter}} invited you to join {{agency}} on Portico",
      preview: "Join {{agency}} on Portico",
      heading: "Join {{agency}} on Portico",
      body: "{{inviter}} invited you to join the {{agency}} workspace as {{role}}. Portico is where the team brings clients on board and follows every access request live.",
      button: "Accept invitation",
    },
    accessRequest: {
      subject: "{{agency}} is requesting access to your accounts",
      reminderSubject: "Reminder: {{agency}} is waiting for access to your accounts",
      updateSubject: "{{agency}} updated its access request",
      update: "{{agency}} changed the accounts it is asking for. Here is the current list.",
      preview: "A quick, secure way to give {{agency}} access",
      heading: "Hi {{client}},",
      body: "{{agency}} is asking for access to these accounts so they can get to work:",
      reminder: "This is a friendly reminder: {{agency}} is still waiting for access.",
      intake: "You'll also answer a few short questions.",
      button: "Review and grant access",
    },
    sample: {
      subject: "{{agency}} is requesting access to your accounts",
      preview: "A quick, secure way to give {{agency}} access",
      heading: "Hi {{client}},",
      body: "{{agency}} is asking for access to a few of your accounts so they can get to work. It only takes a couple of minutes.",
      button: "Review and grant access",
    },
  },
  roles: {
    owner: "Owner",
    admin: "Admin",
    member: "Member",
    viewer: "Viewer",
  },
};

/** The shape every language must have. */
export type Messages = typeof en;
