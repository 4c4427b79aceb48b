import type { OnboardingMessages } from "./en";

/** Las palabras de la página de acceso pública, en español. */
export const onboardingEs: OnboardingMessages = {
  page: {
    title: "Empieza con {{agency}}",
    intro:
      "Dinos quién eres y luego da a {{agency}} acceso a las cuentas de abajo. Son unos minutos.",
    servicesTitle: "Lo que {{agency}} te pedirá",
    name: "Tu nombre",
    company: "Empresa",
    email: "Correo electrónico",
    emailHint: "También te enviaremos un enlace por correo para que puedas volver más tarde.",
    website: "Sitio web",
    terms: "Acepto las condiciones de {{agency}}",
    termsLink: "Leer las condiciones",
    honeypot: "Deja este campo vacío",
    submit: "Continuar",
    submitting: "Un momento…",
    language: "Idioma",
    optional: "(opcional)",
    failed: "Algo salió mal. Inténtalo de nuevo.",
  },
  unavailable: {
    pausedTitle: "Esta página está en pausa",
    pausedBody:
      "{{agency}} no acepta nuevas solicitudes en esta página por ahora. Ponte en contacto con ellos directamente.",
    goneTitle: "Esta página no está disponible",
    goneBody:
      "La página que abriste no existe o se eliminó. Ponte en contacto con {{agency}} directamente.",
    unknownAgency: "la agencia",
  },
  errors: {
    nameRequired: "Escribe tu nombre.",
    nameTooLong: "Usa como máximo 120 caracteres.",
    companyTooLong: "Usa como máximo 120 caracteres.",
    emailRequired: "Escribe tu correo electrónico.",
    emailInvalid: "Escribe un correo válido, como nombre@ejemplo.com.",
    emailTooLong: "Ese correo electrónico es demasiado largo.",
    emailStaff: "Usa tu propio correo, no uno del equipo de {{agency}}.",
    websiteInvalid: "Escribe un sitio web como acme.com o https://acme.com.",
    websiteTooLong: "Usa como máximo 300 caracteres.",
    termsRequired: "Acepta las condiciones para continuar.",
    refused: "No pudimos aceptar esta solicitud. Ponte en contacto con {{agency}} directamente.",
    dailyCap:
      "{{agency}} no puede aceptar más solicitudes en esta página hoy. Vuelve a intentarlo mañana o contacta con ellos directamente.",
  },
  email: {
    subject: "Tu solicitud de acceso de {{agency}}",
    preview: "Tu enlace para dar acceso a {{agency}}",
  },
};
