import { DEFAULT_LOCALE, isLocale, type Locale } from "@portico/domain/i18n/locales";

/**
 * The portal's words, per language. Kept here until the domain's i18n has
 * portal keys; every language has the same shape as English (checked by the
 * type below). `{{name}}` placeholders are filled by `fill`.
 */
const en = {
  portal: "Client portal",
  home: "Home",
  team: "Team",
  settings: "Settings",
  signOut: "Sign out",
  loading: "Loading",
  loadFailed: "Couldn't load this. Try again in a moment.",
  signIn: {
    title: "Sign in to your portal",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    forgot: "Forgot your password?",
    mismatch: "That email and password don't match a portal account.",
    disabled:
      "This account can no longer sign in to the portal. Ask your agency to invite you again.",
    tooMany: "Too many attempts. Wait a moment, or reset your password.",
    offline: "Can't reach the portal. Check your connection.",
    accessRemoved: "Your access to this portal was removed.",
    staffAccount: "This is an agency account. Agency staff sign in to Portico, not the portal.",
    toAgencyApp: "Go to Portico",
  },
  forgot: {
    title: "Reset your password",
    intro: "Enter the email you signed up with and we'll send you a link to choose a new password.",
    submit: "Send reset link",
    sent: "If a portal account exists for {{email}}, we've sent it a link to reset the password. The link works once.",
    failed: "We couldn't send the email just now. Please try again in a moment.",
    back: "Back to sign in",
  },
  join: {
    title: "Join the {{client}} portal",
    intro:
      "{{agency}} invited {{email}} to the client portal. Set a password to create your account.",
    email: "Email",
    name: "Your name",
    password: "Choose a password",
    passwordHint: "At least 8 characters, with a letter and a number.",
    submit: "Create my account",
    signedInAs:
      "You're signed in as {{email}}. Creating this account signs you in as the invited person instead.",
    invalidTitle: "This invitation link is no longer valid",
    invalidBody:
      "Invitation links work once and expire after a few days. A link also stops working when a newer invitation is sent. Ask for a new invitation.",
    toSignIn: "Go to portal sign in",
  },
  homePage: {
    title: "Welcome, {{name}}",
    intro: "What your agency has asked you for, and what you've sent so far.",
    requests: "Access requests",
    noOpenRequests: "No open access requests right now.",
    completed: "Completed requests",
    requestedOn: "Requested {{date}}",
    continue: "Continue",
    inviteStatus: { pending: "Not started", in_progress: "In progress", complete: "Complete" },
    serviceStatus: { pending: "Waiting for you", granted: "Granted", skipped: "Skipped" },
    answers: "Your answers",
    answersSent: "Sent {{date}}",
    answersDraft: "In progress, saved {{date}}",
    noAnswer: "No answer",
    yes: "Yes",
    no: "No",
  },
  teamPage: {
    title: "Team",
    intro: "Everyone on your team has their own sign-in and sees the same portal.",
    inviteTitle: "Invite a teammate",
    email: "Email address",
    emailColumn: "Email",
    submit: "Send invitation",
    sent: "Invitation sent to {{email}}",
    people: "People",
    peopleTable: "Portal users",
    invitationsTable: "Pending invitations",
    name: "Name",
    status: "Status",
    expires: "Link expires",
    you: "(you)",
    invited: "Invited",
    expired: "Link expired",
    memberStatus: { active: "Active", removed: "Removed", revoked: "Revoked" },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type PortalStrings = Shape<typeof en>;

const es: PortalStrings = {
  portal: "Portal del cliente",
  home: "Inicio",
  team: "Equipo",
  settings: "Ajustes",
  signOut: "Cerrar sesión",
  loading: "Cargando",
  loadFailed: "No se pudo cargar. Inténtalo de nuevo en un momento.",
  signIn: {
    title: "Inicia sesión en tu portal",
    email: "Correo electrónico",
    password: "Contraseña",
    submit: "Iniciar sesión",
    forgot: "¿Olvidaste tu contraseña?",
    mismatch: "Ese correo y esa contraseña no coinciden con ninguna cuenta del portal.",
    disabled:
      "Esta cuenta ya no puede entrar en el portal. Pide a tu agencia que te invite de nuevo.",
    tooMany: "Demasiados intentos. Espera un momento o restablece tu contraseña.",
    offline: "No se puede conectar con el portal. Revisa tu conexión.",
    accessRemoved: "Se ha retirado tu acceso a este portal.",
    staffAccount:
      "Esta es una cuenta de agencia. El personal de la agencia inicia sesión en Portico, no en el portal.",
    toAgencyApp: "Ir a Portico",
  },
  forgot: {
    title: "Restablece tu contraseña",
    intro:
      "Escribe el correo con el que te registraste y te enviaremos un enlace para elegir una contraseña nueva.",
    submit: "Enviar enlace",
    sent: "Si existe una cuenta del portal para {{email}}, le hemos enviado un enlace para restablecer la contraseña. El enlace funciona una vez.",
    failed: "No hemos podido enviar el correo. Inténtalo de nuevo en un momento.",
    back: "Volver a iniciar sesión",
  },
  join: {
    title: "Únete al portal de {{client}}",
    intro:
      "{{agency}} ha invitado a {{email}} al portal del cliente. Elige una contraseña para crear tu cuenta.",
    email: "Correo electrónico",
    name: "Tu nombre",
    password: "Elige una contraseña",
    passwordHint: "Al menos 8 caracteres, con una letra y un número.",
    submit: "Crear mi cuenta",
    signedInAs:
      "Has iniciado sesión como {{email}}. Al crear esta cuenta entrarás como la persona invitada.",
    invalidTitle: "Este enlace de invitación ya no es válido",
    invalidBody:
      "Los enlaces de invitación funcionan una vez y caducan a los pocos días. Un enlace también deja de funcionar cuando se envía una invitación nueva. Pide una nueva invitación.",
    toSignIn: "Ir al inicio de sesión del portal",
  },
  homePage: {
    title: "Hola, {{name}}",
    intro: "Lo que tu agencia te ha pedido y lo que has enviado hasta ahora.",
    requests: "Solicitudes de acceso",
    noOpenRequests: "Ahora mismo no hay solicitudes de acceso abiertas.",
    completed: "Solicitudes completadas",
    requestedOn: "Solicitada el {{date}}",
    continue: "Continuar",
    inviteStatus: { pending: "Sin empezar", in_progress: "En curso", complete: "Completada" },
    serviceStatus: { pending: "Pendiente de ti", granted: "Concedido", skipped: "Omitido" },
    answers: "Tus respuestas",
    answersSent: "Enviadas el {{date}}",
    answersDraft: "En curso, guardadas el {{date}}",
    noAnswer: "Sin respuesta",
    yes: "Sí",
    no: "No",
  },
  teamPage: {
    title: "Equipo",
    intro: "Cada persona de tu equipo tiene su propio acceso y ve el mismo portal.",
    inviteTitle: "Invitar a un compañero",
    email: "Correo electrónico",
    emailColumn: "Correo",
    submit: "Enviar invitación",
    sent: "Invitación enviada a {{email}}",
    people: "Personas",
    peopleTable: "Usuarios del portal",
    invitationsTable: "Invitaciones pendientes",
    name: "Nombre",
    status: "Estado",
    expires: "El enlace caduca",
    you: "(tú)",
    invited: "Invitado",
    expired: "Enlace caducado",
    memberStatus: { active: "Activo", removed: "Eliminado", revoked: "Revocado" },
  },
};

const nl: PortalStrings = {
  portal: "Klantportaal",
  home: "Start",
  team: "Team",
  settings: "Instellingen",
  signOut: "Uitloggen",
  loading: "Laden",
  loadFailed: "Dit kon niet worden geladen. Probeer het zo opnieuw.",
  signIn: {
    title: "Log in op je portaal",
    email: "E-mail",
    password: "Wachtwoord",
    submit: "Inloggen",
    forgot: "Wachtwoord vergeten?",
    mismatch: "Dit e-mailadres en wachtwoord horen niet bij een portaalaccount.",
    disabled:
      "Dit account kan niet meer inloggen op het portaal. Vraag je bureau om je opnieuw uit te nodigen.",
    tooMany: "Te veel pogingen. Wacht even of stel je wachtwoord opnieuw in.",
    offline: "Het portaal is niet bereikbaar. Controleer je verbinding.",
    accessRemoved: "Je toegang tot dit portaal is ingetrokken.",
    staffAccount: "Dit is een bureau-account. Medewerkers van het bureau loggen in op Portico.",
    toAgencyApp: "Naar Portico",
  },
  forgot: {
    title: "Wachtwoord opnieuw instellen",
    intro:
      "Vul het e-mailadres in waarmee je je hebt aangemeld; we sturen je een link om een nieuw wachtwoord te kiezen.",
    submit: "Link versturen",
    sent: "Als er een portaalaccount bestaat voor {{email}}, hebben we een link gestuurd om het wachtwoord opnieuw in te stellen. De link werkt één keer.",
    failed: "We konden de e-mail nu niet versturen. Probeer het zo opnieuw.",
    back: "Terug naar inloggen",
  },
  join: {
    title: "Word lid van het portaal van {{client}}",
    intro:
      "{{agency}} heeft {{email}} uitgenodigd voor het klantportaal. Kies een wachtwoord om je account te maken.",
    email: "E-mail",
    name: "Je naam",
    password: "Kies een wachtwoord",
    passwordHint: "Minstens 8 tekens, met een letter en een cijfer.",
    submit: "Mijn account maken",
    signedInAs:
      "Je bent ingelogd als {{email}}. Met dit account maken log je in als de uitgenodigde persoon.",
    invalidTitle: "Deze uitnodigingslink is niet meer geldig",
    invalidBody:
      "Uitnodigingslinks werken één keer en verlopen na een paar dagen. Een link werkt ook niet meer zodra er een nieuwere uitnodiging is verstuurd. Vraag om een nieuwe uitnodiging.",
    toSignIn: "Naar inloggen op het portaal",
  },
  homePage: {
    title: "Welkom, {{name}}",
    intro: "Waar je bureau je om heeft gevraagd, en wat je tot nu toe hebt gestuurd.",
    requests: "Toegangsverzoeken",
    noOpenRequests: "Er staan nu geen toegangsverzoeken open.",
    completed: "Afgeronde verzoeken",
    requestedOn: "Aangevraagd op {{date}}",
    continue: "Verder",
    inviteStatus: { pending: "Niet begonnen", in_progress: "Bezig", complete: "Afgerond" },
    serviceStatus: { pending: "Wacht op jou", granted: "Toegang gegeven", skipped: "Overgeslagen" },
    answers: "Je antwoorden",
    answersSent: "Verstuurd op {{date}}",
    answersDraft: "Bezig, opgeslagen op {{date}}",
    noAnswer: "Geen antwoord",
    yes: "Ja",
    no: "Nee",
  },
  teamPage: {
    title: "Team",
    intro: "Iedereen in je team heeft een eigen login en ziet hetzelfde portaal.",
    inviteTitle: "Een teamgenoot uitnodigen",
    email: "E-mailadres",
    emailColumn: "E-mail",
    submit: "Uitnodiging versturen",
    sent: "Uitnodiging verstuurd naar {{email}}",
    people: "Mensen",
    peopleTable: "Portaalgebruikers",
    invitationsTable: "Openstaande uitnodigingen",
    name: "Naam",
    status: "Status",
    expires: "Link verloopt",
    you: "(jij)",
    invited: "Uitgenodigd",
    expired: "Link verlopen",
    memberStatus: { active: "Actief", removed: "Verwijderd", revoked: "Ingetrokken" },
  },
};

const STRINGS: Record<Locale, PortalStrings> = { en, es, nl };

export function portalStrings(locale: Locale): PortalStrings {
  return STRINGS[locale];
}

/** Fills `{{name}}` placeholders; values are inserted as text (React escapes them). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

const LOCALE_KEY = "portico.portalLocale";

/**
 * The portal's language before anyone is signed in: the last client language
 * this browser saw in the portal, else the browser's own, else English.
 */
export function rememberedPortalLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY);
  if (isLocale(saved)) return saved;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : DEFAULT_LOCALE;
}

export function rememberPortalLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
}

/** Dates in the portal, e.g. "28 Nov 2026", in the client's language. */
export function formatPortalDate(date: Date, locale: Locale): string {
  return date.toLocaleDateString(locale, { dateStyle: "medium" });
}
