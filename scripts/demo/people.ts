import type { Prng } from './prng';

/** Common Russian names, combined at random: the people of the demo are fictional. */
const surnames = [
  ['Иванов', 'Иванова'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Петров', 'Петрова'],
  ['Соколов', 'Соколова'],
  ['Михайлов', 'Михайлова'],
  ['Новиков', 'Новикова'],
  ['Фёдоров', 'Фёдорова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Алексеев', 'Алексеева'],
  ['Лебедев', 'Лебедева'],
  ['Семёнов', 'Семёнова'],
  ['Егоров', 'Егорова'],
  ['Павлов', 'Павлова'],
  ['Козлов', 'Козлова'],
  ['Степанов', 'Степанова'],
  ['Николаев', 'Николаева'],
] as const;
const women = ['Анна', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Марина', 'Юлия', 'Екатерина'];
const men = ['Алексей', 'Сергей', 'Андрей', 'Дмитрий', 'Игорь', 'Максим', 'Олег', 'Павел'];
const fathers = [
  ['Петрович', 'Петровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Александрович', 'Александровна'],
  ['Викторович', 'Викторовна'],
  ['Николаевич', 'Николаевна'],
  ['Юрьевич', 'Юрьевна'],
] as const;

export interface Person {
  readonly fullName: string;
  /** «Иванова А.П.», as section 6 often has it. */
  readonly short: string;
}

/**
 * A fictional person (most school staff are women, so are most of the demo's).
 *
 * @param random - the generator
 * @example person(prng(1)).fullName // 'Смирнова Ольга Сергеевна'
 */
export function person(random: Prng): Person {
  const woman = random.chance(0.8);
  const i = woman ? 1 : 0;
  const surname = random.pick(surnames)[i];
  const name = random.pick(woman ? women : men);
  const father = random.pick(fathers)[i];
  return { fullName: `${surname} ${name} ${father}`, short: `${surname} ${name.charAt(0)}.${father.charAt(0)}.` };
}

export const positions = [
  'заместитель директора по воспитательной работе',
  'заместитель директора по учебно-воспитательной работе',
  'педагог-навигатор',
  'педагог-психолог',
  'социальный педагог',
  'старший воспитатель',
  'методист',
];
