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
