import assert from 'node:assert/strict';
import { cyrillicCaseForms, cyrillicGivenName, nominativeOfGenitive, unambiguousNominative } from '../../../src/core/officials/cyrillicNames';

describe('Cyrillic names', () => {
  it('reads a given name as listed or a man’s in the genitive, and no surname as one', () => {
    assert.deepEqual(cyrillicGivenName('Лаврентий'), { name: 'Лаврентий', genitive: false });
    assert.deepEqual(cyrillicGivenName('Лаврентия'), { name: 'Лаврентий', genitive: true });
    assert.deepEqual(cyrillicGivenName('Соломона'), { name: 'Соломон', genitive: true });
    assert.deepEqual(cyrillicGivenName('Анна'), { name: 'Анна', genitive: false });
    assert.equal(cyrillicGivenName('Маленков'), undefined);
  });

  it('gives the nominative of a genitive, a man’s or a woman’s, and keeps what it cannot read', () => {
    assert.deepEqual(
      ['Михоэлса', 'Маленкова', 'Берии', 'Вознесенского', 'Ягоды', 'Аллилуевой', 'Крупской', 'Берия'].map(nominativeOfGenitive),
      ['Михоэлс', 'Маленков', 'Берия', 'Вознесенский', 'Ягода', 'Аллилуева', 'Крупская', 'Берия'],
    );
  });

  it('reads only the case forms a man’s surname alone takes, not the -а a woman’s nominative shares', () => {
    assert.deepEqual(['Маленкову', 'Хрущеве', 'Маленковым', 'Вознесенского', 'Голубова', 'Ягода'].map(unambiguousNominative), ['Маленков', 'Хрущев', 'Маленков', 'Вознесенский', 'Голубова', 'Ягода']);
    assert.deepEqual(cyrillicCaseForms('Михоэлс'), ['Михоэлса', 'Михоэлсу', 'Михоэлсом', 'Михоэлсе']);
    assert.ok(!cyrillicCaseForms('Аллилуев').includes('Аллилуева'));
  });
});
