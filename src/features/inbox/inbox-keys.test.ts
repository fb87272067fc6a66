import { describe, expect, it } from 'vitest'
import { commandForKey, inboxKeymap } from './inbox-keys'

const press = (key: string, extra: Partial<KeyboardEvent> = {}, target: Partial<HTMLElement> = { tagName: 'DIV' }) =>
  commandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...extra })

describe('commandForKey', () => {
  it('maps the documented keys', () => {
    expect(['j', 'k', 'a', 'r', 'x', '?'].map((k) => press(k))).toEqual(['next', 'previous', 'approve', 'reject', 'toggle-select', 'help'])
    // Shift+X arrives as `X`: shift is not a modifier that hands the key to the browser.
    expect(press('X', { shiftKey: true } as Partial<KeyboardEvent>)).toBe('select-all')
  })

  it('leaves typing, modified keys and unbound keys alone', () => {
    expect(press('a', {}, { tagName: 'TEXTAREA' })).toBeUndefined()
    expect(press('a', {}, { tagName: 'INPUT' })).toBeUndefined()
    expect(press('a', {}, { tagName: 'INPUT', type: 'search' } as Partial<HTMLInputElement>)).toBeUndefined()
    // A ticked row's checkbox has focus after a selection: the keys still work there.
    expect(press('a', {}, { tagName: 'INPUT', type: 'checkbox' } as Partial<HTMLInputElement>)).toBe('approve')
    expect(press('a', {}, { tagName: 'DIV', isContentEditable: true })).toBeUndefined()
    expect(press('r', { metaKey: true })).toBeUndefined()
    expect(press('r', { ctrlKey: true })).toBeUndefined()
    expect(press('q')).toBeUndefined()
  })

  it('has one label per binding for the help overlay, with no key bound twice', () => {
    expect(new Set(inboxKeymap.map((b) => b.key)).size).toBe(inboxKeymap.length)
    expect(inboxKeymap.every((b) => b.label.length > 0)).toBe(true)
  })
})
