import * as assert from 'node:assert/strict';
import { romanize, type System } from '../../../src/core/translit';

// Each row: Cyrillic, then its LC (the article's convention), BGN/PCGN, ISO 9 and popular English forms.
const TABLE: Array<[string, Record<System, string>]> = [
  ['Ежов', { lc: 'Ezhov', bgn: 'Yezhov', iso9: 'Ežov', popular: 'Yezhov' }],
  ['Берия', { lc: 'Beriia', bgn: 'Beriya', iso9: 'Beriâ', popular: 'Beria' }],
  ['Зиновьев', { lc: 'Zinov’ev', bgn: 'Zinov’yev', iso9: 'Zinovʹev', popular: 'Zinoviev' }],
  ['Хрущёв', { lc: 'Khrushchev', bgn: 'Khrushchëv', iso9: 'Hruŝëv', popular: 'Khrushchev' }],
  ['Политбюро', { lc: 'Politbiuro', bgn: 'Politbyuro', iso9: 'Politbûro', popular: 'Politburo' }],
  ['съезд', { lc: 's’’ezd', bgn: 's”yezd', iso9: 'sʺezd', popular: 'syezd' }],
  ['область', { lc: 'oblast’', bgn: 'oblast’', iso9: 'oblastʹ', popular: 'oblast' }],
  ['Орджоникидзе', { lc: 'Ordzhonikidze', bgn: 'Ordzhonikidze', iso9: 'Ordžonikidze', popular: 'Ordzhonikidze' }],
  ['Троцкий', { lc: 'Trotskii', bgn: 'Trotskiy', iso9: 'Trockij', popular: 'Trotsky' }],
  ['Ягода', { lc: 'Iagoda', bgn: 'Yagoda', iso9: 'Âgoda', popular: 'Yagoda' }],
  ['хозяйственный', { lc: 'khoziaistvennyi', bgn: 'khozyaystvennyy', iso9: 'hozâjstvennyj', popular: 'khozyaystvenny' }],
  ['Щукин', { lc: 'Shchukin', bgn: 'Shchukin', iso9: 'Ŝukin', popular: 'Shchukin' }],
];

describe('romanize', () => {
  for (const [cyrillic, forms] of TABLE) {
    for (const system of Object.keys(forms) as System[]) {
      it(`${cyrillic} → ${system} ${forms[system]}`, () => {
        assert.equal(romanize(cyrillic, system), forms[system]);
      });
    }
  }

  it('keeps Latin, digits and punctuation and converts each Cyrillic word in running text', () => {
    assert.equal(romanize('ЦК ВКП(б), 15-18 декабря 1938 г.', 'lc'), 'TsK VKP(b), 15-18 dekabria 1938 g.');
  });

  it('romanizes the article’s archival titles as the article prints them', () => {
    assert.equal(
      romanize('Стенограмма пленума Центрального комитета', 'lc'),
      'Stenogramma plenuma Tsentral’nogo komiteta',
    );
  });
});
