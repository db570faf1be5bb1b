// Chapters in books: the chapter's title (`articleTitle`), the book (`title`) and who the book is by, with the role the
// note gives (`editor`), read apart in the styles the field writes them. The notes are real: Gellately's, Harris's
// and Khlevniuk's (test/fixtures/citations), Paul Robinson's on Ilyin (test/fixtures/import/robinson.*), and
// Gorlizki's and Ioffe's as other articles cite them. A book whose title opens with a quoted word is no chapter.
import * as assert from 'node:assert/strict';
import { citationFacts, formatReference, parseNote, resolveNotes, type Citation } from '../../../src/core/citations';
import { workItem } from '../../../src/core/sources/csl';

const only = (text: string): Citation => {
  const [citation] = parseNote(text).map(p => p.citation);
  return citation;
};
const parts = ({ author, articleTitle, editor, title, volume, published, pages }: Citation) => ({ author, articleTitle, editor, title, volume, published, pages });

describe('chapters in books', () => {
  it('reads the chapter, the book and its editor written before the book with `ed.` or `eds.`', () => {
    assert.deepEqual(parts(only('R. W. Davies, “Making Economic Policy,” in Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy: Evidence from the Soviet State and Party Archives (Stanford, 2001), 70–71.')), {
      author: 'R. W. Davies', articleTitle: 'Making Economic Policy', editor: 'Paul R. Gregory, ed.',
      title: 'Behind the Facade of Stalin’s Command Economy: Evidence from the Soviet State and Party Archives', volume: undefined, published: 'Stanford, 2001', pages: '70–71',
    });
    assert.deepEqual(parts(only('S. Wheatcroft, “More Light on the Scale of Repression and Excess Mortality in the Soviet Union in the 1930s,” in J. Arch Getty and Roberta T. Manning, eds., Stalinist Terror: New Perspectives (New York, 1993), 283.')), {
      author: 'S. Wheatcroft', articleTitle: 'More Light on the Scale of Repression and Excess Mortality in the Soviet Union in the 1930s',
      editor: 'J. Arch Getty and Roberta T. Manning, eds.', title: 'Stalinist Terror: New Perspectives', volume: undefined, published: 'New York, 1993', pages: '283',
    });
  });

  it('reads three authors or editors, the later ones with initials first, before a book and in a chapter (Chicago style)', () => {
    // a classic of the field, and J. Eugene Clay's note on the Molokan congress of 1905 (test/fixtures/import/clay.*)
    assert.deepEqual(parts(only('R. W. Davies, M. Harrison, and S. G. Wheatcroft, eds., The Economic Transformation of the Soviet Union, 1913–1945 (Cambridge, 1994), 57.')), {
      author: undefined, articleTitle: undefined, editor: 'R. W. Davies, M. Harrison, and S. G. Wheatcroft, eds.',
      title: 'The Economic Transformation of the Soviet Union, 1913–1945', volume: undefined, published: 'Cambridge, 1994', pages: '57',
    });
    assert.equal(only('A. V. Loskutov, M. I. Bletkin, and M. M. Maksimov, eds., Otchet o Vserossiiskom s"ezde dukhovnykh khristian (Tiflis, 1906), 12.').editor, 'A. V. Loskutov, M. I. Bletkin, and M. M. Maksimov, eds.');
    assert.equal(only('S. Wheatcroft, “Famine,” in R. W. Davies, M. Harrison, and S. G. Wheatcroft, eds., The Economic Transformation (Cambridge, 1994), 5.').editor, 'R. W. Davies, M. Harrison, and S. G. Wheatcroft, eds.');
    // a title after the author that reads like a name is no second author: a list of names ends with `and`
    assert.deepEqual([only('Ivanov, Sovetskaia Rossiia, 1925, 4.').author, only('Ivanov, Sovetskaia Rossiia, 1925, 4.').title], ['Ivanov', 'Sovetskaia Rossiia']);
  });

  it('reads the author of a collected volume, authors with et al., and an editor after the book with `ed.`', () => {
    assert.deepEqual(parts(only('Ivan Il’in, “Svoboda,” in Ivan Aleksandrovich Il’in, Novaia natsional’naia Rossiia: Publitsistika 1924–1952 godov (Moscow: Institut naslediia, 2019), 577 (emphasis in the original).')), {
      author: 'Ivan Il’in', articleTitle: 'Svoboda', editor: 'Ivan Aleksandrovich Il’in', title: 'Novaia natsional’naia Rossiia: Publitsistika 1924–1952 godov',
      volume: undefined, published: 'Moscow: Institut naslediia, 2019', pages: '577',
    });
    assert.deepEqual(parts(only('N. Werth, “A State against Its People: Violence, Repression, and Terror in the Soviet Union,” in Stéphane Courtois et al., The Black Book of Communism (Cambridge, Mass., 1999), 167.')), {
      author: 'N. Werth', articleTitle: 'A State against Its People: Violence, Repression, and Terror in the Soviet Union', editor: 'Stéphane Courtois et al.',
      title: 'The Black Book of Communism', volume: undefined, published: 'Cambridge, Mass., 1999', pages: '167',
    });
    assert.deepEqual(parts(only('Y. Gorlizki, “Political Reform and Local Party Interventions under Khrushchev,” in Reforming Justice in Russia, 1864–1996, ed. Peter H. Solomon (New York and London, 1997), pp. 259–60.')), {
      author: 'Y. Gorlizki', articleTitle: 'Political Reform and Local Party Interventions under Khrushchev', editor: 'ed. Peter H. Solomon',
      title: 'Reforming Justice in Russia, 1864–1996', volume: undefined, published: 'New York and London, 1997', pages: '259–60',
    });
  });

  it('reads a chapter in a book cited short, with a volume, and the Russian way after `//`', () => {
    assert.deepEqual(parts(only('Ivan Il’in, “Svobodnyi chelovek,” in Il’in, Novaia natsional’naia Rossiia, 635 (emphasis in the original).')), {
      author: 'Ivan Il’in', articleTitle: 'Svobodnyi chelovek', editor: 'Il’in', title: 'Novaia natsional’naia Rossiia', volume: undefined, published: undefined, pages: '635',
    });
    assert.deepEqual(parts(only('V. V. Ioffe, “Bolshoi Pobeg 1928-ogo goda,” in Solovetskie Ostrova, vol. II, pp. 215–16.')), {
      author: 'V. V. Ioffe', articleTitle: 'Bolshoi Pobeg 1928-ogo goda', editor: undefined, title: 'Solovetskie Ostrova', volume: 'II', published: undefined, pages: '215–16',
    });
    assert.deepEqual(parts(only('Хлевнюк О. В. Сталин и Молотов // Сталинское десятилетие холодной войны / под ред. А. О. Чубарьяна. М., 1999. С. 70.')), {
      author: 'Хлевнюк О. В.', articleTitle: 'Сталин и Молотов', editor: 'под ред. А. О. Чубарьяна', title: 'Сталинское десятилетие холодной войны',
      volume: undefined, published: 'М., 1999', pages: '70',
    });
  });

  it('takes a quoted word opening a book’s title for no chapter, and a British quote with the comma after it for one', () => {
    assert.deepEqual(parts(only('Roberta Manning, “Kulaki” in Soviet Propaganda (London, 2001), p. 5.')), {
      author: 'Roberta Manning', articleTitle: undefined, editor: undefined, title: '“Kulaki” in Soviet Propaganda', volume: undefined, published: 'London, 2001', pages: '5',
    });
    assert.equal(only('Sheila Fitzpatrick, ‘Ascribing Class’, in Stalinism: New Directions (London, 2000), p. 20.').articleTitle, 'Ascribing Class');
  });

  it('says chapter and book in words, keeps the book when Ibid. restates a page, and writes a CSL chapter', () => {
    const note = 'R. W. Davies, “Making Economic Policy,” in Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy (Stanford, 2001), 70–71.';
    const chapter = only(note);
    assert.deepEqual(citationFacts(chapter).map(f => `${f.label}: ${f.value}`), [
      'Author: R. W. Davies', 'Chapter: Making Economic Policy', 'In: Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy', 'Published: Stanford, 2001', 'Pages: 70–71',
    ]);
    assert.equal(formatReference(chapter), 'R. W. Davies, “Making Economic Policy”, in Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy (Stanford, 2001): 70–71');
    const [, ibid] = resolveNotes([{ label: '1', text: note }, { label: '2', text: 'Ibid., 75.' }]);
    assert.deepEqual(parts(ibid.resolved[0]), { ...parts(chapter), pages: '75' });
    const item = workItem({ ...chapter, notes: [{ article: 'a.md', note: '1', pages: '70–71' }], articles: ['a.md'] }, 0);
    assert.deepEqual([item.type, item.title, item['container-title'], item.editor, item['container-author']], [
      'chapter', 'Making Economic Policy', 'Behind the Facade of Stalin’s Command Economy', [{ family: 'Gregory', given: 'Paul R.' }], undefined,
    ]);
    // an edited book: its editors are no author, in the card, the reference and the bibliography
    const book = only('Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy (Stanford, 2001), 45.');
    assert.deepEqual(citationFacts(book).map(f => `${f.label}: ${f.value}`), ['Editor: Paul R. Gregory', 'Title: Behind the Facade of Stalin’s Command Economy', 'Published: Stanford, 2001', 'Pages: 45']);
    assert.equal(formatReference(book), 'Paul R. Gregory, ed., Behind the Facade of Stalin’s Command Economy (Stanford, 2001): 45');
    const edited = workItem({ ...book, notes: [], articles: [] }, 2);
    assert.deepEqual([edited.type, edited.author, edited.editor], ['book', undefined, [{ family: 'Gregory', given: 'Paul R.' }]]);
    const compiled = only('V. P. Vilkova, comp., RKP(b). Vnutripartiinaia bor’ba v dvadtsatye gody (Moscow, 2004), p. 129.');
    assert.deepEqual(citationFacts(compiled).slice(0, 2).map(f => `${f.label}: ${f.value}`), ['Compiler: V. P. Vilkova', 'Title: RKP(b). Vnutripartiinaia bor’ba v dvadtsatye gody']);
    const russian = workItem({ ...only('Хлевнюк О. В. Сталин и Молотов // Сталинское десятилетие холодной войны / под ред. А. О. Чубарьяна. М., 1999. С. 70.'), notes: [], articles: [] }, 1);
    assert.deepEqual([russian.type, russian.editor, russian['container-author']], ['chapter', undefined, undefined]);
  });
});
