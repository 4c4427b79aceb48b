/**
 * Generated clients: realistic, varied and deterministic (the same seed gives the
 * same clients), for the demo agency and `--clients=N`. No I/O here; see
 * seed-clients.ts for writing them.
 */
import { type ClientFields, clientInputSchema, normalizeForSearch } from "@portico/domain/clients";
import { seededRandom } from "./random";

/**
 * A company word given to exactly 1 in 100 generated clients (and found in no
 * other generated word), so a search for it has a known number of matches.
 */
export const SEED_SEARCH_WORD = "Kestrel";

/** How many of `count` generated clients carry SEED_SEARCH_WORD in their company. */
export function seededSearchWordMatches(count: number): number {
  return Math.floor((count + 62) / 100); // indexes 37, 137, 237, … below count
}

/** Word lists, written as "a|b|c" strings to keep them short. */
const list = (...parts: string[]) => parts.join("|").split("|");

const VOCABULARY = {
  en: {
    first: list("Olivia|James|Amelia|Noah|Isla|Oliver|Grace|Harry|Chloe|Jack"),
    last: list("Smith|Taylor|Brown|Wilson|Evans|Walker|Wright|Hughes|Green"),
    // An English name is "<word> <trade>": "Riverside Dental", "Wilson Plumbing".
    words: list(
      "Blue|Northern|Golden|Riverside|Summit|Maple|Cedar|Bright|Urban",
      "Coastal|Evergreen|Granite|Willow|Pioneer|Lakeside|Sunrise|Ironwood",
    ),
    trades: list(
      "Bakery|Dental|Fitness|Coffee|Florist|Realty|Plumbing|Studio",
      "Vets|Bistro|Motors|Clinic|Books|Yoga|Brewing|Roofing",
    ),
    tradeFirst: false,
    places: list(
      "Leeds|Bristol|Austin|Denver|Dublin|Boston|Bath|York|Salem",
      "Cork|Perth|Oxford|Tampa|Reno|Galway|Derby|Hull|Truro",
    ),
    suffixes: list("Ltd|LLC|Inc.|Group|& Co.|Holdings"),
    tld: "com",
  },
  es: {
    first: list("Lucía|Mateo|Sofía|Hugo|Martina|Álvaro|Valeria|Pablo|Inés"),
    last: list("García|Martínez|López|Sánchez|Pérez|Gómez|Ruiz|Díaz|Moreno"),
    // A Spanish or Dutch name is "<trade> <word>": "Panadería del Sol", "Bakkerij Jansen".
    words: list(
      "del Sol|Luna|Jardín|Montaña|Río Claro|El Olivo|Mar Azul",
      "La Sierra|San Telmo|Las Flores|El Faro|Alameda|Puerta Verde|Aurora",
    ),
    trades: list(
      "Panadería|Clínica|Café|Taller|Floristería|Librería|Farmacia",
      "Óptica|Gimnasio|Bodega|Estudio|Peluquería|Inmobiliaria",
    ),
    tradeFirst: true,
    places: list(
      "Madrid|Sevilla|Valencia|Bilbao|Málaga|Córdoba|Lima|Quito",
      "Cádiz|Toledo|Granada|Oviedo|Murcia|Cusco|Rosario|León",
    ),
    suffixes: list("S.L.|S.A.|y Asociados|Grupo"),
    tld: "es",
  },
  nl: {
    first: list("Sanne|Daan|Emma|Lucas|Fleur|Bram|Noor|Sem|Lotte|Thijs"),
    last: list("de Jong|Jansen|de Vries|van Dijk|Bakker|Visser|Smit|Meijer"),
    words: list(
      "De Molen|Het Anker|De Linde|Zonneveld|Het Hof|De Zwaan|Oranje",
      "Duin|De Gouden Leeuw|Het Wapen|Polderzicht|De Eik|Vlinder",
    ),
    trades: list(
      "Bakkerij|Tandarts|Fietsen|Bloemen|Koffie|Kapsalon|Boekhandel",
      "Brouwerij|Slagerij|Apotheek|Makelaardij|Schilders|Yogastudio",
    ),
    tradeFirst: true,
    places: list(
      "Utrecht|Haarlem|Leiden|Delft|Gouda|Breda|Zwolle|Gent",
      "Assen|Alkmaar|Tilburg|Venlo|Deventer|Brugge|Hoorn|Edam",
    ),
    suffixes: list("B.V.|V.O.F.|Groep|& Zn."),
    tld: "nl",
  },
} as const;

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const THREE_YEARS_MS = 3 * 365 * 24 * 60 * 60 * 1000;

/**
 * Where each language's clients live. Chosen by position, not by the random
 * generator, so adding zones left every other generated field as it was.
 */
const TIME_ZONES = {
  en: ["America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles"],
  es: ["Europe/Madrid", "America/Mexico_City", "America/Bogota"],
  nl: ["Europe/Amsterdam", "Europe/Brussels"],
} as const;

/** The fields and ids of `count` generated clients (no I/O). */
export function generateClients(
  count: number,
  seed = 1,
): { id: string; fields: ClientFields; ageMs: number }[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const slug = (value: string) => normalizeForSearch(value).replace(/[^a-z0-9]+/g, "");
  const emails = new Set<string>();
  const out: { id: string; fields: ClientFields; ageMs: number }[] = [];

  for (let index = 0; index < count; index += 1) {
    let id = "";
    for (let i = 0; i < 20; i += 1) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    const roll = random();
    const language = roll < 0.5 ? "en" : roll < 0.75 ? "es" : "nl";
    const words = VOCABULARY[language];
    const word = random() < 0.3 ? pick(words.last) : pick(words.words);
    const trade = pick(words.trades);
    const base = words.tradeFirst ? `${trade} ${word}` : `${word} ${trade}`;
    const name = random() < 0.6 ? `${base} ${pick(words.places)}` : base;
    const company =
      index % 100 === 37
        ? `${SEED_SEARCH_WORD} ${pick(words.trades)} ${pick(words.suffixes)}`
        : random() < 0.7
          ? `${base} ${pick(words.suffixes)}`
          : "";
    let email = "";
    if (random() < 0.9) {
      const local = `${slug(pick(words.first))}.${slug(pick(words.last))}`;
      const domain = `${slug(name)}.test`;
      email = `${local}@${domain}`;
      for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@${domain}`;
      emails.add(email);
    }
    const website = random() < 0.4 ? `${slug(base)}.${words.tld}` : "";
    const type = random() < 0.2 ? "prospect" : "client";
    // Parsed like createClient's input, so websites and emails are normalised the same way.
    const zones = TIME_ZONES[language];
    const timeZone = zones[index % zones.length];
    const fields = clientInputSchema.parse({
      name,
      company,
      email,
      website,
      type,
      language,
      timeZone,
    });
    out.push({ id, fields, ageMs: Math.floor(random() * THREE_YEARS_MS) });
  }
  return out;
}
