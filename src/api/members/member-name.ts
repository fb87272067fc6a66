// How a person is named everywhere: the vendor sends first and last names on members, split names
// on contracts (`user_firstname`), and sometimes only an email or an id.

interface Named {
  firstname?: string | null
  lastname?: string | null
}

/** "Ada Lovelace"; empty when the vendor sent neither name. */
export const fullName = (person: Named) => [person.firstname, person.lastname].filter(Boolean).join(' ').trim()

/** A label that is never empty: the name, else the email, else "Member #id". */
export const personLabel = (person: Named & { email?: string | null }, id: number | string | undefined) =>
  fullName(person) || person.email || `Member #${id ?? '?'}`

export const initials = (person: Named) => `${person.firstname?.charAt(0) ?? ''}${person.lastname?.charAt(0) ?? ''}`.toUpperCase()
