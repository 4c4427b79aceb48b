import type { DigestMessages } from "./en";

/** El resumen semanal y sus ajustes del portal, en español. */
export const digestEs: DigestMessages = {
  email: {
    subject: "La semana de tu agente de IA en {{company}}",
    preview: "{{calls}} llamadas y {{bookings}} citas la semana pasada",
    heading: "La semana de tu agente",
    intro: "Esto es lo que hizo tu agente de IA del {{start}} al {{end}}.",
    calls: "Llamadas",
    answered: "Atendidas",
    bookings: "Citas",
    bookingRate: "Tasa de citas",
    noCalls: "La semana pasada no entró ninguna llamada.",
    questionsHeading: "Preguntas que tu agente no supo responder",
    questionsHint:
      "Añádelas como preguntas frecuentes en tu portal para que tu agente pueda responderlas la próxima vez.",
    button: "Abrir tu portal",
    unsubscribe: "¿No quieres recibir estos correos semanales? Date de baja: {{url}}",
  },
  profile: {
    title: "Correo semanal",
    label: "Enviarme un resumen semanal de las llamadas y citas de mi agente de IA",
    saved: "Preferencia de correo guardada",
    save: "Guardar preferencia",
  },
  unsubscribe: {
    title: "Correo semanal",
    ask: "¿Dejar de recibir el resumen semanal de las llamadas y citas de tu agente de IA?",
    button: "Darme de baja",
    done: "Te has dado de baja. Puedes volver a activar el correo semanal en tu perfil del portal.",
    invalid: "Este enlace no es válido. Puedes cambiar tus correos en tu perfil del portal.",
    failed: "No se ha podido dar de baja. Inténtalo de nuevo en un momento.",
  },
};
