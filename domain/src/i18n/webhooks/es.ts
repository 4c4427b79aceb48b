import type { webhooksEn } from "./en";

/** Webhooks salientes: el correo a los propietarios de la agencia cuando se desactiva un endpoint. */
export const webhooksEs: typeof webhooksEn = {
  disabledEmail: {
    subject: "Se desactivó un endpoint de webhook de {{agency}}",
    preview: "Portico dejó de enviar eventos a {{url}}",
    heading: "Se desactivó un endpoint de webhook",
    gone: "El endpoint {{url}} respondió 410 Gone, lo que significa que ya no quiere eventos, así que Portico lo desactivó.",
    failing:
      "Fallaron todos los intentos de entrega de los últimos {{count}} eventos a {{url}}, así que Portico desactivó el endpoint.",
    body: "No se le enviarán eventos hasta que un propietario o administrador lo vuelva a activar en Configuración -> Webhooks, donde el registro de entregas muestra cada respuesta. Desde allí se pueden reenviar los eventos.",
    button: "Abrir la configuración de webhooks",
  },
};
