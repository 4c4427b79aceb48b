/**
 * The demo agent's conversations: a dental practice's receptionist agent
 * ("Ava") answering calls. Their recordings (speech synthesized line by line,
 * so each transcript line's timing is exact) are made by make-recordings.ts
 * and served locally by the demo voice platform.
 */
export interface DemoConversation {
  id: string;
  language: "en" | "es" | "nl";
  summary: string;
  sentiment: "Positive" | "Neutral" | "Negative";
  successful: boolean;
  /** Whether the caller booked: the seed and the simulator then send a booking. */
  books: boolean;
  /** Alternating lines, the agent first. */
  lines: string[];
}

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    id: "cleaning-booked",
    language: "en",
    summary: "The caller booked a cleaning for Tuesday at 10 AM and asked about insurance.",
    sentiment: "Positive",
    successful: true,
    books: true,
    lines: [
      "Thanks for calling Bright Smiles Dental, this is Ava. How can I help you today?",
      "Hi, I'd like to book a cleaning next week, if you have anything on Tuesday.",
      "Sure. I have Tuesday at ten in the morning, or two thirty in the afternoon. Which works better?",
      "Ten in the morning, please.",
      "Great. Can I have your name and the best number to reach you?",
      "Dana Reyes, and this number is fine.",
      "Thank you, Dana. You're booked for a cleaning on Tuesday at ten. Do you have dental insurance?",
      "Yes, Delta Dental. Do you take it?",
      "We do. Please bring your card to the appointment. Is there anything else I can help with?",
      "No, that's all. Thanks!",
    ],
  },
  {
    id: "hours-question",
    language: "en",
    summary: "The caller asked about Saturday opening hours; no booking was made.",
    sentiment: "Neutral",
    successful: true,
    books: false,
    lines: [
      "Thanks for calling Bright Smiles Dental, this is Ava. How can I help you today?",
      "Are you open on Saturdays?",
      "We're open on Saturdays from nine to one. Would you like to book a visit?",
      "Not right now, I just wanted to know. Thank you.",
    ],
  },
  {
    id: "emergency-transfer",
    language: "en",
    summary: "The caller had a broken tooth and was transferred to the on-call dentist.",
    sentiment: "Negative",
    successful: true,
    books: false,
    lines: [
      "Thanks for calling Bright Smiles Dental, this is Ava. How can I help you today?",
      "I broke a tooth this morning and it really hurts.",
      "I'm sorry to hear that. Let me connect you with our on-call dentist right away.",
      "Thank you.",
    ],
  },
  {
    id: "limpieza-reservada",
    language: "es",
    summary: "La persona reservó una limpieza para el jueves a las once.",
    sentiment: "Positive",
    successful: true,
    books: true,
    lines: [
      "Gracias por llamar a Bright Smiles Dental, soy Ava. ¿En qué puedo ayudarle?",
      "Hola, quisiera reservar una limpieza para esta semana.",
      "Tengo el jueves a las once de la mañana. ¿Le viene bien?",
      "Sí, perfecto.",
      "Listo, queda reservado el jueves a las once. ¡Hasta pronto!",
    ],
  },
  {
    id: "afspraak-verzetten",
    language: "nl",
    summary: "De beller wilde een afspraak verzetten; verzet naar vrijdag om drie uur.",
    sentiment: "Neutral",
    successful: true,
    books: true,
    lines: [
      "Bedankt voor het bellen naar Bright Smiles Dental, met Ava. Waarmee kan ik u helpen?",
      "Ik wil graag mijn afspraak van woensdag verzetten.",
      "Dat kan. Ik heb vrijdag om drie uur nog plek. Past dat?",
      "Ja, dat is goed.",
      "Uw afspraak staat nu op vrijdag om drie uur. Fijne dag!",
    ],
  },
];

/** espeak-ng voices: the agent and the caller sound different. */
export const VOICES: Record<DemoConversation["language"], { agent: string; caller: string }> = {
  en: { agent: "en-us+f3", caller: "en-gb+m3" },
  es: { agent: "es+f3", caller: "es+m3" },
  nl: { agent: "nl+f3", caller: "nl+m3" },
};
