import type { Messages } from "./en";

export const es: Messages = {
  email: {
    footer: "Enviado por {{agency}} con Portico.",
    linkFallback: "Si el botón no funciona, copia este enlace en tu navegador:",
    expires: "Este enlace funciona una sola vez y caduca el {{date}}.",
    ignore: "Si no esperabas este correo, puedes ignorarlo.",
    teamInvitation: {
      subject: "{{inviter}} te ha invitado a unirte a {{agency}} en Portico",
      preview: "Únete a {{agency}} en Portico",
      heading: "Únete a {{agency}} en Portico",
      body: "{{inviter}} te ha invitado a unirte al espacio de trabajo de {{agency}} como {{role}}. Portico es donde el equipo incorpora a sus clientes y sigue cada solicitud de acceso en directo.",
      button: "Aceptar invitación",
    },
    accessRequest: {
      subject: "{{agency}} solicita acceso a tus cuentas",
      reminderSubject: "Recordatorio: {{agency}} espera acceso a tus cuentas",
      updateSubject: "{{agency}} ha actualizado su solicitud de acceso",
      update: "{{agency}} ha cambiado las cuentas que solicita. Esta es la lista actual.",
      preview: "Una forma rápida y segura de dar acceso a {{agency}}",
      heading: "Hola, {{client}}:",
      body: "{{agency}} solicita acceso a estas cuentas para empezar a trabajar:",
      reminder: "Te recordamos que {{agency}} sigue esperando acceso.",
      intake: "También responderás unas pocas preguntas breves.",
      button: "Revisar y conceder acceso",
    },
    sample: {
      subject: "{{agency}} solicita acceso a tus cuentas",
      preview: "Una forma rápida y segura de dar acceso a {{agency}}",
      heading: "Hola, {{client}}:",
      body: "{{agency}} solicita acceso a algunas de tus cuentas para empezar a trabajar. Solo te llevará un par de minutos.",
      button: "Revisar y conceder acceso",
    },
  },
  roles: {
    owner: "Propietario",
    admin: "Administrador",
    member: "Miembro",
    viewer: "Observador",
  },
};
