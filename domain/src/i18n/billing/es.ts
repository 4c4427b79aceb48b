import type { BillingMessages } from "./en";

/** Las páginas de facturación del portal, en español. */
export const billingEs: BillingMessages = {
  nav: "Facturación",
  title: "Facturación",
  currentPeriod: "Periodo actual",
  periodRange: "Del {{start}} al {{end}}",
  minutesUsed: "Minutos usados",
  minutesOf: "{{used}} de {{included}} minutos incluidos",
  extraMinutes: "Minutos adicionales",
  monthlyFee: "Cuota mensual",
  perMinute: "{{price}} por minuto adicional",
  projected: "Cargo previsto",
  projectedHint:
    "Este periodo hasta ahora: la cuota mensual más los minutos que superen el plan. El extracto se emite al terminar el periodo, el {{date}}.",
  statements: "Extractos",
  noStatements: "Aún no hay extractos. El primero se emite al terminar este periodo.",
  statementNumber: "Extracto n.º {{number}}",
  period: "Periodo",
  issued: "Emitido",
  total: "Total",
  view: "Ver el extracto {{number}}",
  print: "Imprimir",
  back: "Volver a facturación",
  notFound: "Este extracto no existe.",
  billedTo: "Facturado a",
  from: "De",
  description: "Concepto",
  amount: "Importe",
  feeLine: "Plan mensual ({{minutes}} minutos incluidos)",
  overageLine: "{{minutes}} minutos adicionales a {{price}} cada uno",
  minutesLine: "Minutos usados en este periodo: {{minutes}}",
  loadFailed: "No se ha podido cargar la facturación. Inténtalo de nuevo en un momento.",
  unavailableTitle: "No disponible",
  unavailableText:
    "Esta parte del portal no está disponible para tu cuenta. Pídesela a tu agencia si la necesitas.",
  backHome: "Volver al inicio del portal",
};
