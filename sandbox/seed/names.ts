// People's names by region, each with the time zones its people work from, so a name and a time
// zone agree (a Yerevan-based Hakobyan, a Kolkata-based Iyer). A distributed team draws from all.

import type { Rng } from './random'

export interface Region {
  key: string
  timezones: readonly string[]
  first: readonly string[]
  last: readonly string[]
}

export const regions: readonly Region[] = [
  {
    key: 'us',
    timezones: ['America/New_York', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto'],
    first: [
      'James',
      'Emily',
      'Michael',
      'Sarah',
      'David',
      'Jessica',
      'Chris',
      'Ashley',
      'Ryan',
      'Megan',
      'Tyler',
      'Lauren',
      'Jordan',
      'Brandon',
      'Madison',
      'Caleb',
      'Brooke',
      'Ethan',
      'Natalie',
      'Marcus',
    ],
    last: [
      'Johnson',
      'Williams',
      'Brown',
      'Miller',
      'Davis',
      'Wilson',
      'Anderson',
      'Taylor',
      'Thomas',
      'Moore',
      'Jackson',
      'Harris',
      'Clark',
      'Lewis',
      'Walker',
      'Young',
      'Allen',
      'Wright',
      'Carter',
      "O'Connor",
    ],
  },
  {
    key: 'uk',
    timezones: ['Europe/London', 'Europe/Dublin'],
    first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Poppy', 'Jack', 'Freya', 'Charlie', 'Imogen', 'Alfie', 'Niamh', 'Rhys', 'Eleanor', 'Callum'],
    last: ['Smith', 'Jones', 'Evans', 'Roberts', 'Hughes', 'Edwards', 'Green', 'Wood', 'Turner', 'Cooper', 'Hill', 'Ward', 'Morgan', 'Bennett', 'Gallagher'],
  },
  {
    key: 'de',
    timezones: ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Amsterdam'],
    first: ['Lukas', 'Lena', 'Jonas', 'Felix', 'Marie', 'Leon', 'Sophie', 'Maximilian', 'Johanna', 'Tobias', 'Katrin', 'Jürgen', 'Anke', 'Sanne', 'Daan'],
    last: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Wagner',
      'Becker',
      'Hoffmann',
      'Schäfer',
      'Koch',
      'Richter',
      'Klein',
      'Neumann',
      'de Vries',
      'Jansen',
    ],
  },
  {
    key: 'am',
    timezones: ['Asia/Yerevan'],
    first: ['Aram', 'Ani', 'Narek', 'Lilit', 'Tigran', 'Mariam', 'Davit', 'Anahit', 'Hayk', 'Gayane', 'Armen', 'Nare', 'Vahe', 'Sona', 'Arsen'],
    last: [
      'Petrosyan',
      'Hakobyan',
      'Sargsyan',
      'Grigoryan',
      'Harutyunyan',
      'Khachatryan',
      'Vardanyan',
      'Karapetyan',
      'Gevorgyan',
      'Avetisyan',
      'Mkrtchyan',
      'Hovhannisyan',
      'Manukyan',
    ],
  },
  {
    key: 'in',
    timezones: ['Asia/Kolkata'],
    first: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Sneha', 'Aditya', 'Meera', 'Rahul', 'Isha', 'Karthik', 'Divya', 'Siddharth', 'Neha'],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Rao', 'Singh', 'Kulkarni', 'Chatterjee', 'Desai', 'Joshi', 'Pillai'],
  },
  {
    key: 'au',
    timezones: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Pacific/Auckland'],
    first: ['Lachlan', 'Matilda', 'Cooper', 'Ruby', 'Hamish', 'Zoe', 'Angus', 'Chloe', 'Mitchell', 'Grace', 'Liam', 'Sienna', 'Aroha'],
    last: ['Nguyen', 'Kelly', 'Murphy', 'Ryan', 'Campbell', 'Stewart', 'Fraser', 'Kennedy', 'Sullivan', 'Doyle', 'Walsh', 'Ngata'],
  },
  {
    key: 'latam',
    timezones: ['America/Sao_Paulo', 'America/Mexico_City', 'America/Bogota', 'America/Argentina/Buenos_Aires'],
    first: ['Mateo', 'Valentina', 'Santiago', 'Camila', 'Sebastián', 'Lucía', 'Diego', 'Isabela', 'Gabriel', 'Mariana', 'Joaquín', 'Fernanda', 'Thiago'],
    last: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Silva', 'Santos', 'Oliveira', 'Costa', 'Ramírez', 'Torres'],
  },
  {
    key: 'south-eu',
    timezones: ['Europe/Madrid', 'Europe/Rome', 'Europe/Lisbon', 'Europe/Paris'],
    first: ['Alejandro', 'Carmen', 'Javier', 'Elena', 'Marco', 'Giulia', 'Luca', 'Chiara', 'João', 'Inês', 'Pablo', 'Francesca', 'Camille', 'Théo'],
    last: ['Fernández', 'Moreno', 'Romero', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Ferreira', 'Pereira', 'Navarro', 'Ruiz', 'Dubois', 'Lefèvre'],
  },
  {
    key: 'east-eu',
    timezones: ['Europe/Warsaw', 'Europe/Kyiv', 'Europe/Prague', 'Europe/Bucharest'],
    first: ['Jakub', 'Zofia', 'Mateusz', 'Oliwia', 'Kacper', 'Natalia', 'Andriy', 'Oksana', 'Dmytro', 'Iryna', 'Piotr', 'Agnieszka', 'Tomáš', 'Ioana'],
    last: [
      'Kowalczyk',
      'Nowak',
      'Lewandowski',
      'Zielinski',
      'Wójcik',
      'Kaminski',
      'Shevchenko',
      'Bondarenko',
      'Kovalenko',
      'Tkachenko',
      'Melnyk',
      'Novák',
      'Popescu',
    ],
  },
  {
    key: 'sea',
    timezones: ['Asia/Manila', 'Asia/Ho_Chi_Minh', 'Asia/Singapore', 'Asia/Jakarta'],
    first: ['Miguel', 'Andrea', 'Paolo', 'Bea', 'Carlo', 'Trisha', 'Minh', 'Linh', 'Huy', 'Thao', 'Putri', 'Rizky'],
    last: ['Reyes', 'Cruz', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Tran', 'Le', 'Pham', 'Hoang', 'Santoso', 'Wijaya'],
  },
  {
    key: 'africa',
    timezones: ['Africa/Lagos', 'Africa/Nairobi', 'Africa/Accra', 'Africa/Johannesburg'],
    first: ['Chinedu', 'Amara', 'Tunde', 'Ngozi', 'Emeka', 'Adaeze', 'Kwame', 'Wanjiru', 'Kofi', 'Zainab', 'Ifeoma', 'Thabo', 'Naledi'],
    last: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Mensah', 'Otieno', 'Kamau', 'Mwangi', 'Abubakar', 'Dlamini', 'Boateng'],
  },
  {
    key: 'east-asia',
    timezones: ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Singapore', 'Asia/Taipei'],
    first: ['Yuki', 'Haruto', 'Sakura', 'Ren', 'Min-jun', 'Seo-yeon', 'Ji-woo', 'Wei', 'Mei', 'Jun', 'Hana', 'Kenji'],
    last: ['Tanaka', 'Sato', 'Suzuki', 'Watanabe', 'Kim', 'Park', 'Lee', 'Choi', 'Tan', 'Lim', 'Wong', 'Chen'],
  },
]

/** How a distributed agency's staff is spread; Northwind Labs is a European company. */
export const acmeRegionWeights: readonly (readonly [string, number])[] = [
  ['us', 20],
  ['uk', 9],
  ['de', 8],
  ['am', 11],
  ['in', 12],
  ['au', 5],
  ['latam', 8],
  ['south-eu', 6],
  ['east-eu', 7],
  ['sea', 5],
  ['africa', 5],
  ['east-asia', 4],
]
export const northwindRegionWeights: readonly (readonly [string, number])[] = [
  ['de', 6],
  ['south-eu', 3],
  ['east-eu', 2],
  ['uk', 1],
]

/** Lowercase ascii for email local parts: `José O'Connor` becomes `jose.oconnor`. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

export interface PersonName {
  firstname: string
  lastname: string
  timezone: string
}

/**
 * Hands out names that are unique within one generator (tries a few draws first, then lets a
 * repeated name through with a numbered email, as a real directory would).
 */
export class NameBook {
  private readonly fullNames = new Set<string>()
  private readonly emails = new Set<string>()

  constructor(private readonly rng: Rng) {}

  reserve(firstname: string, lastname: string, email: string): void {
    this.fullNames.add(`${firstname} ${lastname}`)
    this.emails.add(email)
  }

  draw(weights: readonly (readonly [string, number])[]): PersonName {
    let name: PersonName | null = null
    for (let attempt = 0; attempt < 12; attempt++) {
      const regionKey = this.rng.weighted(weights)
      const region = regions.find((r) => r.key === regionKey) ?? (regions[0] as Region)
      name = { firstname: this.rng.pick(region.first), lastname: this.rng.pick(region.last), timezone: this.rng.pick(region.timezones) }
      if (!this.fullNames.has(`${name.firstname} ${name.lastname}`)) break
    }
    const picked = name as PersonName
    this.fullNames.add(`${picked.firstname} ${picked.lastname}`)
    return picked
  }

  email(name: PersonName, domain: string): string {
    const base = `${emailPart(name.firstname)}.${emailPart(name.lastname)}`
    let candidate = `${base}@${domain}`
    for (let n = 2; this.emails.has(candidate); n++) candidate = `${base}${n}@${domain}`
    this.emails.add(candidate)
    return candidate
  }
}
