import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { outlineJson } from '../../../src/core/argument';
import type { Range } from '../../../src/core/text/range';
import { outlineOf, SMALL_ARTICLE } from './fixtures';

describe('derived outline', () => {
  it('lists headings, each paragraph\'s topic sentence and the notes it cites (article written by the test)', () => {
    assert.deepEqual(outlineJson(outlineOf(SMALL_ARTICLE)), {
      title: 'Grain and power',
      question: 'Who decided the quotas?',
      thesis: null,
      periods: [],
      sections: [
        { title: null, line: 2, claims: [{ text: 'Who decided the quotas?', line: 2, footnotes: [1] }] },
        {
          title: 'The centre',
          line: 4,
          claims: [
            { text: 'Dr. A. B. Smith argued that the okrug committees set the quotas.', line: 6, footnotes: [2, 3] },
            { text: 'The plan must be fulfilled at all costs.', line: 8, footnotes: [4] },
          ],
        },
        { title: 'The regions', line: 10, claims: [{ text: 'Regional leaders bargained hard for lower targets.', line: 12, footnotes: [] }] },
        { title: null, line: 16, claims: [{ text: 'In conclusion, quotas were negotiated rather than imposed.', line: 16, footnotes: [5] }] },
      ],
    });
  });

  it('marks block quotations as quotations and selects exactly the topic sentence in the source', () => {
    const outline = outlineOf(SMALL_ARTICLE);
    const [own, quoted] = outline.sections[1].claims;
    assert.equal(own.quotation, false);
    assert.equal(quoted.quotation, true);
    const lines = SMALL_ARTICLE.split('\n');
    assert.ok(own.range && quoted.range);
    assert.equal(lines[6].slice(own.range.start.character, own.range.end.character), 'Dr. A. B. Smith argued that the *okrug* committees set the quotas.');
    assert.equal(lines[8].slice(quoted.range.start.character, quoted.range.end.character), 'The plan must be fulfilled at all costs.');
  });

  it('ends the last section before the notes', () => {
    const last = outlineOf(SMALL_ARTICLE).sections.at(-1);
    assert.equal(last?.range?.end.line, 18);
  });

  it('has no title when the article has no single top heading, and one untitled section without headings', () => {
    const outline = outlineJson(outlineOf('First thought here. More.\n\nSecond thought.\n'));
    assert.equal(outline.title, null);
    assert.deepEqual(outline.sections, [
      { title: null, line: 0, claims: [{ text: 'First thought here.', line: 0, footnotes: [] }, { text: 'Second thought.', line: 2, footnotes: [] }] },
    ]);
  });

  it('reads a converted Word manuscript: bold-only paragraphs are headings; title, author and image lines are no claims', () => {
    const manuscript = [
      'Policing the Urals', '', 'Jane Roe', '', 'University of Somewhere', '', '![Map of the region](media/image1.png)', '',
      'Who ran the regional police? The party did.[^1]', '', '**The early years**', '', 'The Cheka arrived in 1918. It grew.', '',
      '**After 1934**', '', 'The NKVD took over. **Nothing** was the same.', '', '[^1]: Roe, *Urals*, 4.', '',
    ].join('\n');
    const outline = outlineJson(outlineOf(manuscript));
    assert.equal(outline.title, 'Policing the Urals');
    assert.deepEqual(outline.sections.map(s => [s.title, s.line, s.claims.map(c => c.text)]), [
      [null, 0, ['Who ran the regional police?']],
      ['The early years', 10, ['The Cheka arrived in 1918.']],
      ['After 1934', 14, ['The NKVD took over.']],
    ]);
  });

  it('proposes the question and thesis its introduction states, where they are in the source', () => {
    const article = readFileSync(path.resolve(__dirname, '../../../corpus/harris-dual-subordination.md'), 'utf8');
    const { question, thesis } = outlineOf(article);
    const lines = article.split('\n');
    const quoted = (range: Range | null | undefined) => (range ? lines[range.start.line].slice(range.start.character, range.end.character) : undefined);
    assert.equal(question?.text, 'Who did the Soviet political police answer to?');
    assert.equal(quoted(question?.range), question?.text);
    assert.equal(thesis?.text, 'The following examination of the archives in Moscow and Sverdlovsk oblast’ shows that the relationship of the regional political police and regional party organisations could be both collaborative and antagonistic.');
    assert.equal(quoted(thesis?.range), 'The following examination of the archives in Moscow and Sverdlovsk *oblast’* shows that the relationship of the regional political police and regional party organisations could be both collaborative and antagonistic.');
  });

  it('reads the question and thesis as authors state them, and proposes none that is not stated', () => {
    const intro = (...paragraphs: string[]) => outlineOf(['# T', '', ...paragraphs.flatMap(p => [p, '']), '## Next', '', 'I argue that this is no introduction.', ''].join('\n'));
    const found = (...paragraphs: string[]) => {
      const { question, thesis } = intro(...paragraphs);
      return [question?.text ?? null, thesis?.text ?? null];
    };
    assert.deepEqual(found('Historians agree on much. This article examines how grain quotas were set in 1928. I argue that the okrug committees, not Moscow, set them.'), [
      'This article examines how grain quotas were set in 1928.', 'I argue that the okrug committees, not Moscow, set them.',
    ]);
    assert.deepEqual(found('The famine is well studied.', 'Why did the regional leaders comply? This essay contends that they feared the centre less than their rivals.'), [
      'Why did the regional leaders comply?', 'This essay contends that they feared the centre less than their rivals.',
    ]);
    assert.deepEqual(found('“Who is to blame?” asked the newspaper. My argument is that the question hid the answer.'), [null, 'My argument is that the question hid the answer.']);
    assert.deepEqual(found('Dr. A. B. Smith argued that the quotas were set in Moscow. Others have shown that they were not. Was Smith wrong?'), ['Was Smith wrong?', null], 'other historians’ arguments are no thesis');
    assert.deepEqual(found('Historians still disagree about the purges. In this chapter we will explore how the security service answered to Stalin.'), [
      'In this chapter we will explore how the security service answered to Stalin.', null,
    ]);
    assert.deepEqual(found('The paper describes how the district police and the party informed on each other in Podolia.'), [
      'The paper describes how the district police and the party informed on each other in Podolia.', null,
    ]);
    assert.deepEqual(found('The archives opened in 1991. Much changed.'), [null, null]);
    assert.deepEqual(found('> Why should we obey? I argue that we should not.', 'The source speaks for itself.'), [null, null], 'a block quotation is not the author speaking');
    const opensWithSection = outlineOf('# T\n\n## The early years\n\nWhy did it start? I argue that it was chance.\n');
    assert.deepEqual([opensWithSection.question, opensWithSection.thesis], [null, null], 'a first section that is no introduction states neither');
    const headed = outlineOf('# T\n\n## Introduction\n\nWhy did it start? We show that it was chance.\n\n## Later\n\nText.\n');
    assert.deepEqual([headed.question?.text, headed.thesis?.text], ['Why did it start?', 'We show that it was chance.']);
  });

  it('reads the headings other layouts write as paragraphs: numbered, roman, in capitals, in italics; not lists, acronyms or epigraphs', () => {
    const manuscript = [
      'Police and party in the provinces', 'A. N. Author', 'I. Introduction',
      'Why did the provincial police obey the party? This article argues that the party paid them.[^1]',
      'II. THE EARLY YEARS', 'The Cheka arrived in 1918. It grew.', '2.1 Recruitment', 'Recruits came from the army.',
      'THE WAR YEARS', 'The NKVD sent its men to the front.', '*After Stalin*', '> *Vse techet*', 'The police lost its reach.',
      '1. Coal', '2. Steel', 'The plan listed them.', 'NKVD', 'The acronym stood alone.', '[^1]: Author, *Police*, 4.',
    ].join('\n\n');
    const outline = outlineOf(manuscript);
    assert.equal(outline.title, 'Police and party in the provinces');
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims[0]?.text]), [
      ['I. Introduction', 'Why did the provincial police obey the party?'],
      ['II. THE EARLY YEARS', 'The Cheka arrived in 1918.'],
      ['2.1 Recruitment', 'Recruits came from the army.'],
      ['THE WAR YEARS', 'The NKVD sent its men to the front.'],
      ['After Stalin', 'Vse techet'],
    ]);
    assert.deepEqual(outline.sections[4].claims.map(c => c.text), ['Vse techet', 'The police lost its reach.', 'Coal', 'Steel', 'The plan listed them.', 'NKVD', 'The acronym stood alone.']);
    assert.deepEqual([outline.question?.text, outline.thesis?.text], ['Why did the provincial police obey the party?', 'This article argues that the party paid them.']);
  });

  it('reads a site’s source and text copied from a page: the front matter’s title, template tags skipped, bare title-case lines as headings', () => {
    const site = [
      '---', 'layout: default', 'title: "Early Soviet Historiography"', 'author: A. Student', '---', '',
      '{% include figure.html', 'caption="Lenin in 1917."', '%}', '',
      'Soviet historiography began in conflict. This essay follows it.', '',
      'Marxists and non-Marxists', '', 'The universities kept their non-Marxist professors for a decade after the revolution.', '',
      '{{< figure src="lenin.jpg" >}}', '',
      'Leon Trotsky', '', '{% include figure.html', 'caption="Trotsky."', '%}', '', 'Trotsky wrote the first history of the revolution from exile.', '',
      'Coal', '', 'Steel', '', 'Grain', '', 'The plan listed them.', '',
      'See below', '', 'It was short.', '',
      'NKVD', '', 'The acronym stood alone, and a long sentence follows it here.', '',
    ].join('\n');
    const outline = outlineOf(site);
    assert.equal(outline.title, 'Early Soviet Historiography');
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'Marxists and non-Marxists', 'Leon Trotsky']);
    assert.deepEqual(outline.sections[0].claims.map(c => c.text), ['Soviet historiography began in conflict.']);
    assert.deepEqual(
      outline.sections[2].claims.map(c => c.text),
      ['Trotsky wrote the first history of the revolution from exile.', 'Coal', 'Steel', 'Grain', 'The plan listed them.', 'See below', 'It was short.', 'NKVD', 'The acronym stood alone, and a long sentence follows it here.'],
    );
  });

  it('reads plain text whose headings are bare lines: an opening heading without a title, images and fragments between, a quotation with its citation, the bibliography', () => {
    const plain = [
      'What is Microhistory', '', 'Microhistory returns to the overlooked and the marginal.', '',
      'Micro vs Macro', '', 'The scale of observation is the method.', '',
      'Algeria and Brazil', '', '  “I believe that this spectacle had considerable impact on my vision of history.” (Braudel, 450)', '',
      'The Rise of the Modern Archivist', '', '{% include figure.html caption="Schellenberg." %}', '', '[T.R.', '', 'Archival appraisal selects the records to keep.', '',
      'Microhistory and The future', '', 'Its critics doubt that it connects with the larger context.', '',
      'What Is Romantic History?', '', 'Romanticism answered the Enlightenment.', '',
      'Did it end?', '', 'It did, by the middle of the century.', '',
      'The Renaissance: Humanistic Historiography & Secularism’s rise', '', 'The humanists wrote the history of their cities in the manner of the ancients, and left God out of it.', '',
      'Entertain, then Inform', '', 'Films must first hold an audience before they can teach it anything.', '',
      '10th Century Constantinian Historiography', '', 'The emperor’s circle compiled the histories of the past.', '',
      'Bibliography', '', 'Carol M.', '', 'David E.', '', 'Oscar Handlin, Truth in History', '', 'Henri Marrou, The Meaning of History Baltimore, MD: Helicon Press, 1966.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(plain).sections.map(s => s.title), [
      'What is Microhistory', 'Micro vs Macro', 'Algeria and Brazil', 'The Rise of the Modern Archivist', 'Microhistory and The future',
      'What Is Romantic History?', 'The Renaissance: Humanistic Historiography & Secularism’s rise', 'Entertain, then Inform',
      '10th Century Constantinian Historiography', 'Bibliography',
    ]);
    const asked = ['## Eurocentrism in Multimedia', '', '_Can you name one film where America is portrayed as the villain, rather than the hero?_', '', 'Few come to mind.', '', '_The Film as Evidence_', '', 'Films are sources too.', ''].join('\n');
    assert.deepEqual(outlineOf(asked).sections.map(s => s.title), ['Eurocentrism in Multimedia', 'The Film as Evidence'], 'a long italic question is no heading');
    // The headings of Memorial's «История осуждений по спискам», in the sentence case of Russian.
    const russian = [
      'Как это начиналось', '', 'Первые списки были составлены в НКВД в феврале 1937 года по указанию Ежова, и с тех пор их готовили регулярно, по мере окончания следствия.', '',
      'Подготовка списков в НКВД', '', 'Списки готовились в центральном аппарате по материалам следствия, присланным из областных управлений, и проверялись в отделах.', '',
      'Оформление списков', '', 'Каждый список подписывал начальник отдела и заместитель наркома, после чего его направляли на утверждение в Политбюро.', '',
      'Так и было', '', 'Да.', '',
      'Примечания', '', 'РГАСПИ. Ф. 17. Оп. 162. Д. 7. Л. 99.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(russian).sections.map(s => s.title), ['Как это начиналось', 'Подготовка списков в НКВД', 'Оформление списков', 'Примечания']);
    // The sentence-case headings of the bundled article as plain text has them; a sentence-case line before a
    // paragraph not much longer than itself is a sentence left without its stop.
    const sentenceCase = [
      'Who did the Soviet political police answer to? This article follows the question through three decades.', '',
      'OGPU and the plan', '', 'In the mid-1920s, the regions exerted considerable pressure on the centre to expand levels of investment and construction.', '',
      'The plan was met in part', '', 'Then the centre cut its funds.', '',
      'Terror and after', '', 'The Great Terror swept away the regional leaders together with the police officers who had served them.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(sentenceCase).sections.map(s => s.title), [null, 'OGPU and the plan', 'Terror and after']);
    const titled = ['Early Soviet Historiography', '', 'A. Student', '', 'Soviet historiography began in conflict.', '', 'Leon Trotsky', '', 'Trotsky wrote from exile.', '', 'Stalin', '', 'The Short Course followed.', ''].join('\n');
    const outline = outlineOf(titled);
    assert.equal(outline.title, 'Early Soviet Historiography', 'a title with an author line under it is no heading');
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'Leon Trotsky', 'Stalin']);
    const single = ['Early Soviet Historiography', '', 'Soviet historiography began in conflict.', '', 'The Short Course followed.', ''].join('\n');
    assert.deepEqual(outlineOf(single).sections.map(s => s.title), [null], 'one line above the prose and no headings like it is a title');
  });

  it('reads the layouts of other sites and PDFs: a contents or plan, a number without its space, a dated heading, a converter’s empty emphasis, a chapter’s label', () => {
    // A referat's title page and contents (vuz-24.ru): the contents' lines are no headings, their first entry's return is.
    const contents = [
      'Массовые политические репрессии в 30-х годах', '', 'РЕФЕРАТ', '', 'Массовые политические репрессии в 30-х годах.', '',
      'Содержание', '', 'Введение', '', 'Раскулачивание', '', 'Массовый террор', '', 'Заключение', '', 'Список использованной литературы', '',
      'Введение', '', 'Политические репрессии 20-50-х гг. ХХ века отложили большой отпечаток на Российскую историю.', '',
      'Раскулачивание', '', 'Раскулачивание началось в 1930 году, когда Политбюро утвердило лимиты высылки для каждого района.', '',
    ].join('\n');
    const outline = outlineOf(contents);
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'Содержание', 'Введение', 'Раскулачивание']);
    assert.deepEqual(outline.sections[1].claims.map(c => c.text), ['Введение', 'Раскулачивание', 'Массовый террор', 'Заключение', 'Список использованной литературы']);
    // A plan as a numbered list before the first prose (pk-p.ru); its unnumbered last entry is no heading either.
    const plan = ['Реферат: Причины массовых репрессий', '', 'План', '', '1. Версии о причинах', '', '2. Раскулачивание', '', 'Список литературной репрессии', '', '1. Версии о причинах', '', 'Российский исследователь С.А. Воронцов предлагает принять во внимание следующие факторы.', ''].join('\n');
    assert.deepEqual(outlineOf(plan).sections.map(s => s.title), ['План', '1. Версии о причинах']);
    assert.deepEqual(outlineOf(['Introduction', '', 'Contents', '', 'The Soviet archives opened in the early 1990s.', ''].join('\n')).sections.map(s => s.title), ['Introduction'], 'a contents heading without its entries is none');
    // Werth's pages of the Mass Violence encyclopedia, on the site and as the PDF's text.
    const pdf = ['Page 2: NKVD Mass Secret Operations', '', '1.Context', '', 'In 1992, the discovery in the Soviet archives of the NKVD\'s secret operational orders has drastically changed our perception.', '', '1.5 million', '', 'Convictions numbered about that.', ''].join('\n');
    assert.deepEqual(outlineOf(pdf).sections.map(s => s.title), ['1.Context']);
    const dated = [
      'Mass Crimes under Stalin (1930-1953)', '', 'Date:', '14 March, 2008', '',
      '«Liquidation of kulaks as a social group» through mass deportations of farmers (1930-1932)****', '',
      'Forced collectivization of rural areas, decided at the November 1929 Central Committee of the Communist Party Plenum, led to the «liquidation of the kulaks as a social group,» a process also known as «Dekulakization.» The collectivization campaign supported a double objective: firstly, to «extract» all elements prone to actively oppose forced collectivization and secondly, to «colonize» vast inhospitable regions.', '',
      'The famine that followed the requisitions of grain in Ukraine and Kazakhstan killed millions of peasants', '',
      'The requisitions of grain went on through the winter of 1932, when the villages of Ukraine and Kazakhstan had nothing left to give, and the deaths were counted only in the spring.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(dated).sections.map(s => s.title), [null, '«Liquidation of kulaks as a social group» through mass deportations of farmers (1930-1932)']);
    // A book chapter's PDF text (Gregory, Lenin's Brain), and a monograph's title in capitals ending in an abbreviation.
    const chapter = ['Chapter Five', '', 'The Great Terror Directive No. 00447', '', 'The tragic decade, 1935 to 1945, saw two mass slaughters ordered by heads of state.', ''].join('\n');
    assert.equal(outlineOf(chapter).title, 'The Great Terror Directive No. 00447');
    assert.equal(outlineOf(['Chapter Five', '', 'The tragic decade saw two mass slaughters.', ''].join('\n')).title, 'Chapter Five', 'a label alone is all the title there is');
    const capitals = ['«… ВКЛЮЧЕН В ОПЕРАЦИЮ». МАССОВЫЙ ТЕРРОР В ПРИКАМЬЕ В 1937–38 ГГ.', '', 'В историческом мифе о 1937 годе не нашлось места для повествования о массовых операциях.', ''].join('\n');
    assert.equal(outlineOf(capitals).title, '«… ВКЛЮЧЕН В ОПЕРАЦИЮ». МАССОВЫЙ ТЕРРОР В ПРИКАМЬЕ В 1937–38 ГГ.');
  });

  it('reads a PDF’s text: a part’s name over the lines it runs on, and a journal’s running head is no title', () => {
    // Davies and Wheatcroft's reply to Ellman, Europe-Asia Studies 58, 4 (2006), as its PDF's text has it.
    const pdf = [
      'EUROPE-ASIA STUDIES', '', 'Vol. 58, No. 4, June 2006, 625 633', '',
      'Debate', 'Stalin and the Soviet Famine of 1932 33:', 'A Reply to Ellman*', 'R. W. DAVIES & STEPHEN G. WHEATCROFT', '',
      'Abstract', 'This Reply, while conrming that Stalins policies were ruthless and brutal, shows that there are no', 'serious grounds for Ellmans view.', '',
      'Introduction', 'IN HIS ARTICLE IN EUROPE-ASIA STUDIES, MICHAEL ELLMAN (2005) criticises our book', 'The Years of Hunger.', '',
      'Stalin and the famine', 'in 1932 33 . . . Stalin also used starvation in his war against the peasants.', '',
    ].join('\n');
    const outline = outlineOf(pdf);
    assert.equal(outline.title, null, 'the journal and its issue are not the title, and the title runs on with the authors');
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.map(c => c.text)]), [
      [null, ['Debate Stalin and the Soviet Famine of 1932 33: A Reply to Ellman* R. W. DAVIES & STEPHEN G. WHEATCROFT']],
      ['Abstract', ['This Reply, while conrming that Stalins policies were ruthless and brutal, shows that there are no serious grounds for Ellmans view.']],
      ['Introduction', ['IN HIS ARTICLE IN EUROPE-ASIA STUDIES, MICHAEL ELLMAN (2005) criticises our book The Years of Hunger.', 'Stalin and the famine in 1932 33 . . .']],
    ]);
    const lines = pdf.split('\n');
    assert.equal(lines[outline.sections[1].claims[0].range!.start.line], lines[10], 'the claim starts under its heading');
    assert.equal(outlineOf(['Ekonomicheskaia zhizn’ SSSR', '', 'Вып. 3, 1931', '', 'Хлебозаготовки', '', 'Текст статьи начинается здесь и идёт дальше.', ''].join('\n')).title, 'Хлебозаготовки');
    const named = ['Stalin’s Peasants', '', 'Kritika 2, no. 1 (2001): 111–64', '', 'The village survived collectivization in its own way.', ''].join('\n');
    assert.equal(outlineOf(named).title, 'Stalin’s Peasants', 'an issue line that names its journal takes no line above it');
    // Miller and Smith's working paper as a document site gives its PDF's text: a page's mark, a paragraph a line.
    const transcript = [
      'Page 1: In the shadow of the Gulag: worker discipline under Stalin', '', 'WORKING PAPER SERIES', '', 'Marcus Miller and Jennifer C. Smith', '',
      '(Forthcoming in Journal of Comparative Economics, available at:', '', 'Abstract', '',
      'An ‘efficiency wage’ model developed for Western economies is reinterpreted in the context of', '',
      'Stalin’s Russia, with imprisonment – not unemployment – acting as a ‘worker discipline', '', 'device’.', '',
    ].join('\n');
    const paper = outlineOf(transcript);
    assert.equal(paper.title, 'In the shadow of the Gulag: worker discipline under Stalin');
    assert.deepEqual(paper.sections.map(s => s.title), [null, 'Abstract']);
    // The same paper's text as another site gives it, its lines running on without a blank line between its parts.
    const runOn = [
      'University of Warwick', 'January, 2015', 'Abstract',
      'An ‘efficiency wage’ model developed for Western economies is reinterpreted in the context of', 'Stalin’s Russia.[^1]',
      'Acknowledgements', 'We are indebted to Mark Harrison and Andrei Markevich for their expert advice.[^2]', '',
      '[^1]: Shapiro and Stiglitz 1984.', '[^2]: Warwick, 2015.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(runOn).sections.map(s => [s.title, s.claims.map(c => [c.text, c.footnotes])]), [
      [null, [['University of Warwick January, 2015', []]]],
      ['Abstract', [['An ‘efficiency wage’ model developed for Western economies is reinterpreted in the context of Stalin’s Russia.', ['1']]]],
      ['Acknowledgements', [['We are indebted to Mark Harrison and Andrei Markevich for their expert advice.', ['2']]]],
    ]);
    const wrapped = ['The archives opened in 1991.', '', 'The NKVD kept its own', 'sources', 'apart from the party’s archives, which its officers never read.', ''].join('\n');
    assert.deepEqual(outlineOf(wrapped).sections.map(s => [s.title, s.claims.length]), [[null, 2]], 'a word a wrapped sentence leaves alone is no name');
  });

  it('reads no heading in an article page’s address or identifiers, and a contents heading with words after it', () => {
    // Ryabova's article page (History magazine - researches, 2025): an address and an EDN code are no headings.
    const page = [
      'History magazine - researches', 'Reference:', '', 'The Economics of Forced Labor in the Soviet Union: a Historiographical Overview', '',
      'Associate Professor, Department of “Management in Social and Economic Systems, Philosophy and History”, Ural State Transport University', '',
      '66 Kolmogorova str., Yekaterinburg, Sverdlovsk region, 620034, Russia', '', 'YuRyabova@usurt.ru', 'Other publications by this author', '',
      'EDN:', '', 'RFMTRR', '', 'Received:', '', '24-01-2025', '',
      'Abstract: The subject of the research is the Russian historiography of the post-Soviet period.', '',
      '1 Introduction', '', 'The Gulag was an economy as well as a prison.', '', 'CONCLUSION', '', 'The camps never paid for themselves.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(page).sections.map(s => s.title), [null, '1 Introduction', 'CONCLUSION']);
    // A dissertation's catalogue page (dissercat): the contents' heading names the dissertation, its entries are no headings.
    const catalogue = [
      'Спецконтингент в Северо-Западной Сибири: дис. кандидат исторических наук. Екатеринбург. 2005. 289 с.', '',
      'Оглавление диссертации кандидат исторических наук Боркова, Елена Владимировна', '',
      'ВВЕДЕНИЕ.', '', 'Гл. 1. ТЕРРИТОРИАЛЬНО-ОРГАНИЗАЦИОННОЕ РАЗМЕЩЕНИЕ', '', 'РЕПРЕССИВНЫХ СТРУКТУР.', '', '2.1. Заключенные и военнопленные.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(catalogue).sections.map(s => s.title), [null, 'Оглавление диссертации кандидат исторических наук Боркова, Елена Владимировна']);
    assert.deepEqual(
      outlineOf(catalogue).sections[1].claims.map(c => c.text),
      ['ВВЕДЕНИЕ.', 'Гл. 1. ТЕРРИТОРИАЛЬНО-ОРГАНИЗАЦИОННОЕ РАЗМЕЩЕНИЕ', 'РЕПРЕССИВНЫХ СТРУКТУР.', '2.1. Заключенные и военнопленные.'],
      'an entry’s number and Гл. end no sentence',
    );
  });

  it('reads a site’s dateline, an author’s initials and a metadata table as no title and no heading', () => {
    // Lavrinov's article on a church-history site, Mazyrin's talk on a diocese's, Kondrashin's journal page.
    const church = [
      'Опубликовано 26.03.2018 в рубрике  Публикации по истории Церкви', '', 'Репрессии в отношении Церкви на Урале в 1930-е гг.', '', 'В.В. Лавринов', '',
      'Церковно-археологическое общество Русской Православной Церкви ул. Репина, 6а, Екатеринбург, Россия, 620086', '',
      'Статья посвящена истории репрессий в отношении Русской Православной Церкви на Урале в 1930-е гг. Рассматриваются основные направления политических репрессий.', '',
    ].join('\n');
    const outline = outlineOf(church);
    assert.equal(outline.title, 'Репрессии в отношении Церкви на Урале в 1930-е гг.');
    assert.deepEqual(outline.sections.map(s => s.title), [null], 'the author’s line is no heading');
    assert.equal(outlineOf(['03.11.2022 | Церковь и мир', '', '«Большой террор» 1937–1938 гг. и Русская Православная Церковь', '', 'На 1937–1938 гг. пришелся пик политических репрессий в СССР.', ''].join('\n')).title, '«Большой террор» 1937–1938 гг. и Русская Православная Церковь');
    assert.equal(outlineOf(['<<', '', 'Stalin’s Peasants', '', 'The village survived collectivization in its own way.', ''].join('\n')).title, 'Stalin’s Peasants');
    const table = [
      'Влияние коллективизации на судьбы России в XX в.', 'Аннотация', 'Код статьи', 'S086956870000126-9-1', 'Тип публикации', 'Статья', 'Аннотация', '',
      'Коллективизация советской деревни – важнейшее событие в истории России ХХ в. Она изменила её аграрный строй.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(table).sections.map(s => s.title), [null], 'a label over a short field is no part');
    assert.deepEqual(outlineOf(['The archives opened in 1991.', '', 'A. Context', '', 'In 1992, the discovery in the Soviet archives changed our perception of the Great Terror.', ''].join('\n')).sections.map(s => s.title), [null, 'A. Context'], 'one initial before a word is a lettered heading');
  });

  it('reads a part’s name run in at a paragraph’s start as its heading, not a sentence’s first words', () => {
    // Krawchenko in Conflict Quarterly and Gregory's Lenin's Brain, as their PDFs' text runs the heading into the paragraph.
    const runIn = [
      'The archives opened in 1991.', '',
      'BACKGROUND In 1933 millions of people in the Ukrainian Soviet Socialist Re public died of famine. Unlike most famines, it was man-made.', '',
      'Background The tragic decade, 1935 to 1945, saw two mass slaughters ordered by heads of state.', '',
      'IN HIS ARTICLE IN EUROPE-ASIA STUDIES, MICHAEL ELLMAN (2005) criticises our book The Years of Hunger.', '',
      'Summary executions were the troikas’ work in the autumn of 1937, and the lists went to Moscow only afterwards.', '',
    ].join('\n');
    const outline = outlineOf(runIn);
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.map(c => c.text)]), [
      [null, ['The archives opened in 1991.']],
      ['BACKGROUND', ['In 1933 millions of people in the Ukrainian Soviet Socialist Re public died of famine.']],
      ['Background', [
        'The tragic decade, 1935 to 1945, saw two mass slaughters ordered by heads of state.',
        'IN HIS ARTICLE IN EUROPE-ASIA STUDIES, MICHAEL ELLMAN (2005) criticises our book The Years of Hunger.',
        'Summary executions were the troikas’ work in the autumn of 1937, and the lists went to Moscow only afterwards.',
      ]],
    ]);
    assert.equal(outline.sections[1].claims[0].range?.start.character, 'BACKGROUND '.length, 'the claim starts after the name');
  });

  it('reads a paragraph’s topic sentence under a site’s markup: a figure tag or kramdown’s attributes over it, and across its wrapped lines', () => {
    // The Metahistory essays' source: an abstract's attributes and a figure tag with the paragraph under them.
    const site = [
      '{:.abstract}', 'Archival sciences emerged in the 1890s as a method of scientific theory that professionalized the practice. How did we get “from then to now”?', '',
      '## Japan', '',
      '{% include figure.html', '  class="right"', '  caption="A Japanese print describing the arrival of the U.S. Navy\'s \'Black Ships\' (1854). "', '%}',
      'In 1853, four U.S. Navy ships, commanded by Commodore Matthew Perry, entered Tokyo Bay.[^1] Perry’s orders were to demand that Japan end its isolation.', '',
      ' {% include figure.html class="right" caption="Max Weber (1864-1920)." %} ', '',
      '“The soundest education and training for a life of active politics is', 'the study of history.” (Polybius 1.1)', '',
      '[^1]: Beasley, *The Meiji Restoration*, 88.', '',
    ].join('\n');
    const outline = outlineOf(site);
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.map(c => [c.text, c.footnotes])]), [
      [null, [['Archival sciences emerged in the 1890s as a method of scientific theory that professionalized the practice.', []]]],
      ['Japan', [
        ['In 1853, four U.S. Navy ships, commanded by Commodore Matthew Perry, entered Tokyo Bay.', ['1']],
        ['“The soundest education and training for a life of active politics is the study of history.”', []],
      ]],
    ]);
    assert.equal(outline.question?.text, 'How did we get “from then to now”?');
    assert.equal(outline.sections[1].claims[0].range?.start.line, 9, 'the claim starts under the tag');
  });

  it('reads a paragraph indented by four spaces or a tab in a text without code as prose, not as a code block', () => {
    // The Prikamye monograph's preface (culturalstudy.pstu.ru) as its page's text indents it, under its part's name.
    const preface = [
      '«… ВКЛЮЧЕН В ОПЕРАЦИЮ». МАССОВЫЙ ТЕРРОР В ПРИКАМЬЕ В 1937–38 ГГ.', '', 'Предисловие', '',
      '            В историческом мифе о 1937 годе, бытующем в общественном сознании, не нашлось места для повествования о массовых операциях. Время большого террора ассоциирует', '',
    ].join('\n');
    const outline = outlineOf(preface);
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.map(c => c.text)]), [
      ['Предисловие', ['В историческом мифе о 1937 годе, бытующем в общественном сознании, не нашлось места для повествования о массовых операциях.']],
    ]);
    const claim = outline.sections[0].claims[0].range;
    assert.deepEqual([claim?.start.line, claim?.start.character, claim?.end.character], [4, 12, 12 + 'В историческом мифе о 1937 годе, бытующем в общественном сознании, не нашлось места для повествования о массовых операциях.'.length]);
    // The same as a PDF's text laid out on its page: every line indented, the heading as its paragraph.
    const laidOut = outlineOf(preface.replace(/^(?=\S)/gm, '      '));
    assert.deepEqual(laidOut.sections.map(s => [s.title, s.claims.length]), [['Предисловие', 1]]);
    assert.equal(laidOut.title, '«… ВКЛЮЧЕН В ОПЕРАЦИЮ». МАССОВЫЙ ТЕРРОР В ПРИКАМЬЕ В 1937–38 ГГ.');
    // Werth on order 00447 (Mass Violence encyclopedia) as a word processor keeps it: each paragraph's first line
    // indented by a tab, the lines after it not; the paragraph is whole, its topic sentence across the lines.
    const tabbed = [
      'The NKVD Mass Secret Operation n°00447 (August 1937 - November 1938)', '', 'Date: ', '24 May, 2010', 'Auteur: ', 'Werth Nicolas', '', 'A. Context', '',
      '\tIn 1992, the discovery in the Soviet archives of the NKVD’s secret operational order n° 00447 of July 30,',
      '1937, has drastically changed our perception of Stalin’s Great Terror (Conquest, 1968). Up to this point, the', 'frenzied era of Stalinist repression had primarily been viewed as a massive political purge.', '',
      '\tThe public side was that of the show trials – the famous Moscow trials (August 1936, January 1937 and March 1938).', '',
    ].join('\n');
    assert.deepEqual(outlineOf(tabbed).sections.map(s => [s.title, s.claims.map(c => c.text)]), [
      [null, ['Date: 24 May, 2010 Auteur: Werth Nicolas']],
      ['A. Context', [
        'In 1992, the discovery in the Soviet archives of the NKVD’s secret operational order n° 00447 of July 30, 1937, has drastically changed our perception of Stalin’s Great Terror (Conquest, 1968).',
        'The public side was that of the show trials – the famous Moscow trials (August 1936, January 1937 and March 1938).',
      ]],
    ]);
    // Shapoval's article as the famine site's print page indents one paragraph among unindented ones; its question
    // is proposed from the indented introduction as from any other.
    const mixed = [
      'Today there is no dearth of research on the tragic events that transpired in Ukraine in the early 1930s.', '',
      '          These kinds of documents were published in the book Komandyry velykoho holodu, which I co-edited with Valerii Vasyliev in 2001. The book contains direct archival testimonies.', '',
      '    What did the extraordinary commissions do in the villages?', '',
    ].join('\n');
    const read = outlineOf(mixed);
    assert.deepEqual(read.sections[0].claims.map(c => c.text), [
      'Today there is no dearth of research on the tragic events that transpired in Ukraine in the early 1930s.',
      'These kinds of documents were published in the book Komandyry velykoho holodu, which I co-edited with Valerii Vasyliev in 2001.',
      'What did the extraordinary commissions do in the villages?',
    ]);
    assert.equal(read.question?.text, 'What did the extraordinary commissions do in the villages?');
  });

  it('reads a page’s own prose above the article, a byline, a Roman number alone, and no opening heading over a page’s number', () => {
    // Srinivasan in Triveni as a library site gives it: the site's description of the journal, then the article.
    const library = [
      'Triveni Journal', '', '1927 | 11,233,916 words', '',
      'Triveni is a journal dedicated to ancient Indian culture, history, philosophy, art, spirituality, music and all sorts of literature.', '',
      'Nationalities in the Soviet Union', '', 'N. Srinivasan', '', 'By N. SRINIVASAN, M. A.', '(Reader in Politics, The Andhra University, Guntur)', '',
      'I', '', 'By the close of the 19th century Russia had built up a vast empire comprising nearly one-seventh of the globe.', '',
    ].join('\n');
    const outline = outlineOf(library);
    assert.equal(outline.title, 'Nationalities in the Soviet Union', 'the line over the byline, not the site’s name');
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.length]), [[null, 1], ['I', 1]], 'the title, the author and the byline are no headings and no claims');
    assert.equal(outline.sections[1].claims[0].text, 'By the close of the 19th century Russia had built up a vast empire comprising nearly one-seventh of the globe.');
    // A sentence opening with `By` and a name is prose, and the heading over it is one.
    const prose = ['The troikas worked fast.', '', 'The Kulak Operation', '', 'By Stalin’s order of July 1937 the troikas sentenced hundreds of thousands in sixteen months.', ''].join('\n');
    assert.deepEqual(outlineOf(prose).sections.map(s => s.title), [null, 'The Kulak Operation']);
    // Christensen's paper as a document site transcribes its PDF: the site's title, the page's number and running head.
    const transcript = [
      'The Great Terror', '', '22', 'The Great Terror1935-1938 In Soviet history 1', '', 'Transcript of The Great Terror', '',
      '“The Great Terror”1935-1938', '', 'In Soviet history', '', '1', '', 'By Sonja Haugaard Christensen', '', 'Master of philosophy', '', 'University of Aarhus', '',
    ].join('\n');
    const titled = outlineOf(transcript);
    assert.equal(titled.title, 'The Great Terror');
    assert.deepEqual(titled.sections.map(s => s.title), [null], 'no heading over a page’s number and running head');
  });

  it('reads a PDF’s first page and contents run together: a contents heading glued to its entries, an abstract after the title', () => {
    const contents = [
      'The Great Terror', '', 'University of Aarhus', '',
      'ContentsPreface..........................................................3Lenin’s strokes..................................................4Stalin and Trotsky...............................................6Conclusion......................................................12Bibliography....................................................14', '',
      '2', '', 'Preface One of the most difficult periods of Soviet history to comprehend', '', 'and one of the most complex and controversial, is the period of', '',
    ].join('\n');
    const outline = outlineOf(contents);
    assert.deepEqual(outline.sections.map(s => s.title), ['Contents', 'Preface']);
    assert.equal(outline.title, 'The Great Terror');
    assert.equal(outline.sections[1].claims[0].text, 'One of the most difficult periods of Soviet history to comprehend and one of the most complex and controversial, is the period of');
    // Cameron in East/West as a document site extracts its first page: title, author and abstract in one line.
    const firstPage = [
      'TheKazakhFamineof1930-33:CurrentResearch andNewDirections SarahCameron UniversityofMaryland Abstract: Although the Kazakh famine of 1930-33 led to the death of 1.5 million people, the crisis is little known in the West. However, in recent years a number of scholars have begun to research the issue.', '',
    ].join('\n');
    const abstract = outlineOf(firstPage);
    assert.deepEqual(abstract.sections.map(s => [s.title, s.claims.map(c => c.text)]), [
      ['Abstract', ['Although the Kazakh famine of 1930-33 led to the death of 1.5 million people, the crisis is little known in the West.']],
    ]);
    assert.equal(abstract.sections[0].claims[0].range?.start.character, firstPage.indexOf('Although'));
    // Its keywords on a line of their own, title-cased, are no heading.
    const keywords = [
      'The Kazakh Famine of 1930-33: Current Research and New Directions', '', 'Sarah Cameron', '', 'Abstract', '',
      'Although the Kazakh famine of 1930-33 led to the death of 1.5 million people, the crisis is little known in the West.', '',
      'Keywords: Famine, Kazakhstan, Soviet, Genocide, Nomad', '', 'From 1930 to 1933, a devastating famine ravaged the new Soviet republic of Kazakhstan.', '',
      'Ключевые слова: Голод, Казахстан, Коллективизация', '', 'Голод 1930-1933 гг. в Казахстане унёс жизни полутора миллионов человек, и последствия его ощущаются до сих пор.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(keywords).sections.map(s => s.title), ['Abstract']);
    // A label with a colon after a sentence is no heading (`… in 1932. Summary: …`), nor a contents entry's name in prose.
    const labelled = outlineOf('The famine began in 1932. Summary: The famine killed millions of people in Kazakhstan and Ukraine alike.\n');
    assert.deepEqual(labelled.sections.map(s => s.title), [null]);
  });

  it('reads the title on the first of lines run on: in capitals, or repeated on the next line, and no wrapped sentence', () => {
    // Gavrilov, Fedoseeva and Gavrilova as the journal library gives the PDF's first page: its lines run on.
    const pdf = [
      'РЕПРЕССИИ В ОТНОШЕНИИ КУЛАЧЕСТВА В 1930-Е ГГ.', 'REPRESSION OF THE KULAKS IN THE 1930S', 'УДК 9.908', 'Гаврилов К.Г., кандидат юридических наук,',
      'Аннотация', 'Статья посвящена трагическим событиям в истории российского крестьянства, связанным с реализацией политики коллективизации.', '',
    ].join('\n');
    const outline = outlineOf(pdf);
    assert.equal(outline.title, 'РЕПРЕССИИ В ОТНОШЕНИИ КУЛАЧЕСТВА В 1930-Е ГГ.');
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'Аннотация']);
    // Kondrashin's article page: the page's title over the article's heading, the metadata under them.
    const page = ['Влияние коллективизации на судьбы России в XX в.', 'Влияние коллективизации на судьбы России в XX в.', 'Аннотация', 'Код статьи', ''].join('\n');
    assert.equal(outlineOf(page).title, 'Влияние коллективизации на судьбы России в XX в.');
    // A PDF's wrapped prose opening the text has no title in its first line.
    const wrapped = ['The event known as the Holodomor of the 1930s lasted merely two short years in the', 'Ukrainian countryside, and its ramifications were profound and extensive.', ''].join('\n');
    assert.equal(outlineOf(wrapped).title, null);
    // A journal's running head in capitals run on with its issue line is no title (Europe-Asia Studies' first page).
    const head = ['EUROPE-ASIA STUDIES', 'Vol. 58, No. 4, June 2006, 625 633', 'Debate', 'Stalin and the Soviet Famine of 1932 33:', 'A Reply to Ellman*', '',
      'This Reply, while confirming that Stalin’s policies were ruthless and brutal, shows that there are no serious grounds for Ellman’s view.', ''].join('\n');
    assert.equal(outlineOf(head).title, null);
  });

  it('joins a PDF’s lines made paragraphs each, and reads the question of a preface after a title page', () => {
    // Christensen's paper as a document site transcribes it: each line of the PDF a paragraph of its own.
    const lines = [
      'The Great Terror', '', 'By Sonja Haugaard Christensen', '', 'University of Aarhus', '',
      'ContentsPreface..........................................................3Conclusion......................................................12', '', '2', '',
      'Preface One of the most difficult periods of Soviet history to comprehend', '', 'and one of the most complex and controversial, is the period of', '',
      'mid-1930s, when the Stalinist regime subjected the Soviet', '', 'population and especially the Communist party, to unprecedented', '',
      'levels of violence. The horrifying events from 1935-1938 led to', '', 'total destruction of the Leninist party. Why did Stalin elect to', '',
      'pursue such policy against the party over which he enjoyed almost', '', 'total control? Why did he resort to such brutal and merciless', '', 'cruelty?', '',
    ].join('\n');
    const outline = outlineOf(lines);
    assert.deepEqual(outline.sections.map(s => [s.title, s.claims.map(c => c.text)]).at(-1), ['Preface', [
      'One of the most difficult periods of Soviet history to comprehend and one of the most complex and controversial, is the period of mid-1930s, when the Stalinist regime subjected the Soviet population and especially the Communist party, to unprecedented levels of violence.',
    ]]);
    assert.equal(outline.question?.text, 'Why did Stalin elect to pursue such policy against the party over which he enjoyed almost total control?');
    assert.deepEqual(outline.question?.range?.start, { line: 20, character: 'total destruction of the Leninist party. '.length });
    // An address under a line is no sentence going on (Werth's PDF on the encyclopedia's site).
    const site = [
      'Page 2: NKVD Mass Secret Operations', '', 'Stable URL: http://www.massviolence.org/Article?id_article=516PDF version: http://www.massviolence.org/PdfVersion?id_article=516', '',
      'http://www.massviolence.org - ISSN 1961-9898 - Edited by Jacques Semelin', '', '1.Context', '',
      'In 1992, the discovery in the Soviet archives of the NKVD\'s secret operational orders has drastically changed our perception of Stalin\'s Great Terror.', '',
    ].join('\n');
    const read = outlineOf(site);
    assert.deepEqual(read.sections.map(s => s.title), ['1.Context']);
    assert.equal(read.question, null);
    // Markdown's own paragraphs stay apart: list items, a bold heading over a paragraph in small letters.
    const markdown = [
      'The order divided the kulaks into two categories of unequal size:', '', '- the first category, the most hostile elements among the former kulaks', '',
      '- the second category, the other less active but still hostile elements', '', '**The categories and the limits set for each region**', '', 'each region received its limits.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(markdown).sections.map(s => [s.title, s.claims.length]), [[null, 3], ['The categories and the limits set for each region', 1]]);
  });

  it('ends no sentence at a question mark inside an address, nor proposes it as a question', () => {
    // Werth's order 00447 as the Mass Violence encyclopedia gives its address.
    const outline = outlineOf('The order is published at http://www.massviolence.org/Article?id_article=516 with its annexes. It set limits for each region.\n');
    assert.equal(outline.sections[0].claims[0].text, 'The order is published at http://www.massviolence.org/Article?id_article=516 with its annexes.');
    assert.equal(outline.question, null);
  });

  it('proposes as the question the investigation a sentence says the work prompts', () => {
    // The Yale Review of International Studies' essay on the Kazakh famine.
    const essay = [
      'From 1930 to 1933, the Soviet Republic of Kazakhstan suffered a horrific yet understudied episode of famine, violence, and displacement. The tremendous suffering of ethnic Kazakhs and the deliberate targeting of their way of life prompt an investigation as to whether Soviet actions during the Kazakh famine constitute genocide. This two-part essay attempts to answer this question.', '',
      'In Part I, I will examine the motivations behind the Soviet collectivization policy in Kazakhstan. In Part II, I will analyze the role and intent of the Soviet state in the crisis.', '',
    ].join('\n');
    assert.equal(outlineOf(essay).question?.text, 'The tremendous suffering of ethnic Kazakhs and the deliberate targeting of their way of life prompt an investigation as to whether Soviet actions during the Kazakh famine constitute genocide.');
  });

  it('proposes no question the people of the text ask: a run the next sentence says others answer, a quotation’s', () => {
    const asked = (...paragraphs: string[]) => outlineOf(['# T', '', ...paragraphs.flatMap(p => [p, ''])].join('\n')).question?.text ?? null;
    // Clay on Prokhanov (the import fixture's article): the doctrinal questions his journal left to believers.
    assert.equal(asked(
      'Scholars have argued for the significance of religion in the development of human rights discourse.',
      'To achieve this result, Prokhanov adopted a radically democratic approach to the development of doctrine and practice. Is God a trinity of three persons? Is Christ fully human and fully God? Should Christians pray for the dead? To answer these and similar dogmatic questions, Russian Orthodox Christians relied on the authority of their creeds and ecumenical councils while Baptists turned to their infallible scriptures. By contrast, Prokhanov encouraged believers to decide for themselves.',
    ), null);
    assert.equal(asked('The delegates argued over the kulak for a week. Was he an enemy? Could he be reformed? Such questions were settled by the Politburo in 1929.'), null);
    assert.equal(asked('As Lenin asked in 1902, “What is to be done?” His answer was a party of professionals.'), null, 'a quotation’s question');
    // The author's own questions stay the article's, whatever the sentence after them says of them.
    assert.equal(asked('Was the kulak an enemy? Could he be reformed? These questions have not been answered.'), 'Was the kulak an enemy?');
    assert.equal(asked('Why did the Politburo give way? Historians have long debated it. To answer this question, I turn to the regional archives.'), 'Why did the Politburo give way?');
    assert.equal(asked('Why did the Politburo give way? To answer this question, this essay turns to the regional archives.'), 'Why did the Politburo give way?');
    assert.equal(asked('Party members asked themselves where the plan stood. Who decided the quotas? The okrug committees decided them.'), 'Who decided the quotas?', 'an answer is not the question named');
  });

  it('reads a part’s name repeated at its paragraph’s start once, and a contents ending in a colon over its entries run on', () => {
    const repeated = outlineOf(['Summary', '', 'Summary The decree of 17 November 1938 ended the mass operations of the NKVD. Thousands of cases were left open.', ''].join('\n'));
    assert.deepEqual(repeated.sections.map(s => [s.title, s.claims.map(c => c.text)]), [['Summary', ['The decree of 17 November 1938 ended the mass operations of the NKVD.']]]);
    // A book's page: its contents as lines run on, one entry asking, the book's own Contents among them.
    const book = outlineOf([
      'Peasants and Power in the Russian Village', '', 'Table of contents :', 'Preface', 'Contents', 'The Kulak Question', 'Who Ruled the Village?', 'The Famine', 'Notes', '',
    ].join('\n'));
    assert.deepEqual(book.sections.map(s => s.title), ['Table of contents']);
    assert.equal(book.title, 'Peasants and Power in the Russian Village');
    assert.equal(book.question, null, 'an entry is no question');
    // The same entries without their label: a list, no sentence, though one asks.
    const list = outlineOf(['# Peasants and Power', '', 'Preface', 'The Kulak Question', 'The Village Soviet', 'The Grain Crisis', 'Who Ruled the Village?', 'The Famine', ''].join('\n'));
    assert.equal(list.question, null);
  });

  it('reads a contents link over a heading and its subtitle as no contents, and leaves datelines, status lines and ISBNs out of the title', () => {
    const reader = outlineOf([
      'Peasants and Power: A Reader', '', 'A. N. Editor', '', 'This reader gathers documents on the village in the first years of collectivization.', '',
      'Contents', '', 'The Village in 1929', '', '(an overview)3', '',
      'The village of 1929 was poorer than the village of 1913, and the grain it marketed had fallen by half since the war; the procurement crisis of the winter was the result.', '',
    ].join('\n'));
    assert.deepEqual(reader.sections.map(s => s.title).filter(Boolean), ['The Village in 1929']);
    const prose = 'The procurement crisis of 1928 opened a new period in the relations between the party and the peasants of the Soviet Union.';
    assert.equal(outlineOf(['Monday, March 5, 1953', '', 'The Last Days of the Dictator', '', prose, ''].join('\n')).title, 'The Last Days of the Dictator');
    assert.equal(outlineOf(['Hostname: page-component-1 Render date: 2024-11-23T17:15:00.219Z', '', 'Grain and Terror', '', prose, ''].join('\n')).title, 'Grain and Terror');
    assert.equal(outlineOf(['Russian Peasants and Soviet Power 0393003744, 9780393003741', '', prose, ''].join('\n')).title, 'Russian Peasants and Soviet Power');
    assert.equal(outlineOf(['The Year 1937 and After', '', prose, ''].join('\n')).title, 'The Year 1937 and After', 'a year in a title stays');
  });

  it('reads no caption as a claim or a question, and the author’s voice set off by commas as the thesis', () => {
    // McConnell on Soviet humanism (the import fixture's article): a figure's caption above the introduction.
    const outline = outlineOf([
      '# Dissenting Views', '',
      'Figure 1. Diagram of late Soviet ideological tendencies. Source: Andrei Amal\'rik, Prosushchestvuet li Sovetskii Soiuz do 1984 goda? (Alexander Herzen Foundation, 1970), 37.', '',
      'This article centers on the ideological relationship that Amal\'rik locates at the bottom of his diagram: that between “liberal ideology” and “Christian ideology.”', '',
      'Both liberal and Christian dissidents, I argue, broadly rejected the socialist humanism of Soviet official discourse, but for different reasons and with a variety of alternatives in mind.', '',
    ].join('\n'));
    assert.deepEqual(outline.sections.map(s => s.claims.length), [2]);
    assert.equal(outline.question?.text, 'This article centers on the ideological relationship that Amal\'rik locates at the bottom of his diagram: that between “liberal ideology” and “Christian ideology.”');
    assert.equal(outline.thesis?.text, 'Both liberal and Christian dissidents, I argue, broadly rejected the socialist humanism of Soviet official discourse, but for different reasons and with a variety of alternatives in mind.');
    const tables = outlineOf(['# T', '', 'Table 2: Arrests by oblast, 1937–1938', '', 'Рис. 3. Численность спецпоселенцев', '', 'Table 2 shows that arrests rose. The famine, we contend, was no accident.', ''].join('\n'));
    assert.deepEqual(tables.sections.flatMap(s => s.claims.map(c => c.text)), ['Table 2 shows that arrests rose.']);
    assert.equal(tables.thesis?.text, 'The famine, we contend, was no accident.');
    assert.equal(outlineOf('# T\n\nThe regions, it seems, argued, and Moscow gave way.\n').thesis, null, 'no author’s voice');
  });

  it('reads a Russian journal’s English labels, a part’s name under a contents’ last entry and a contents whose entries are list items', () => {
    const abstract = 'The article examines the grain procurement campaign of 1928 in the Siberian krai on the basis of the OGPU summaries.';
    const labels = outlineOf(['Ivanov I.I. Grain and the OGPU // Siberian Historical Review. 2019. №2. P. 5-20.', 'Annotation', abstract, 'Keywords', 'grain procurements, OGPU, Siberia, emergency measures, 1928, peasants', ''].join('\n'));
    assert.deepEqual(labels.sections.map(s => s.title), [null, 'Annotation', 'Keywords'], 'the citation line above is the untitled stretch');
    const prose = 'Хлебозаготовки 1928 г. стали поворотным пунктом в политике партии по отношению к деревне. Об этом писали многие.';
    const contents = outlineOf(['Содержание', '', 'Введение', '', '1. Кризис хлебозаготовок', '', '2. Чрезвычайные меры', '', '3. Кто виноват?', '', '4.Заключение', '', '5.Список литературы', 'Введение', '', prose, ''].join('\n'));
    assert.deepEqual(contents.sections.map(s => s.title), ['Содержание', 'Введение'], 'an entry may ask; the introduction’s name under the last entry heads the prose');
    // A metadata table's label as a paragraph's last line heads no prose.
    const table = outlineOf(['Title of the record', 'Pages', '3-13', 'Abstract', '', 'Received', '12.09.2018', '', prose, ''].join('\n'));
    assert.ok(!table.sections.some(s => s.title === 'Abstract'), JSON.stringify(table.sections.map(s => s.title)));
    const listed = outlineOf([
      'Table of contents :', 'Frontmatter', 'Introduction (page 1)', '1. The Grain Crisis (page 9)', 'The Urals Method (page 12)', 'Conclusion (page 30)',
      '2. Emergency Measures (page 33)', 'The Siberian Trip (page 35)', '3. The Cut-Off Entry of the Pa', '',
    ].join('\n'));
    assert.deepEqual(listed.sections.map(s => s.title), ['Table of contents'], 'chapters as list items over their sections’ entries: all entries');
  });
  it('reads a site’s host, menu and name, a genre’s name and a title page’s place and year as no title and no heading', () => {
    const prose = 'Работа посвящена истории трудовых поселков Нарымского края в 1930-е гг. и опирается на архивные документы.';
    const site = outlineOf(['WWW.EXAMPLE-LIBRARY.RU', '', 'ЭЛЕКТРОННАЯ БИБЛИОТЕКА ДИССЕРТАЦИЙ', '', 'Трудовые поселки Нарыма в 1930-е гг.', '', 'Томск 2005', '', prose, ''].join('\n'));
    assert.equal(site.title, 'Трудовые поселки Нарыма в 1930-е гг.');
    assert.deepEqual(site.sections.map(s => s.title), [null], 'the place and year over the prose are no heading');
    const menu = outlineOf(['ГЛАВНАЯ', 'НОВОСТИ', '', 'НАРЫМСКАЯ ССЫЛКА: НОВЫЕ ДОКУМЕНТЫ.', '', prose, ''].join('\n'));
    assert.equal(menu.title, 'НАРЫМСКАЯ ССЫЛКА: НОВЫЕ ДОКУМЕНТЫ.', 'a title in capitals may end in a stop');
    assert.deepEqual(menu.sections.flatMap(s => s.claims.map(c => c.text)), [prose], 'the menu is no claim');
    const genre = outlineOf(['Реферат', '', 'Реферат Трудовые поселки Нарыма', '', prose, ''].join('\n'));
    assert.equal(genre.title, 'Реферат Трудовые поселки Нарыма');
    assert.equal(outlineOf(['Skip to main content', '', prose, ''].join('\n')).title, null);
  });
  it('reads a title’s lines in capitals over its last line in small letters as no heading, and a headline’s question as no question', () => {
    const prose = 'Деятельность контрольных комиссий в деревне изучена мало. Статья восполняет этот пробел на материалах Сибири.';
    const title = outlineOf(['ДЕЯТЕЛЬНОСТЬ КОНТРОЛЬНЫХ КОМИССИЙ', '', 'В СИБИРСКОЙ ДЕРЕВНЕ', '', 'в 1920-е гг.', '', prose, ''].join('\n'));
    assert.deepEqual(title.sections.map(s => s.title), [null]);
    const headline = outlineOf(['Who ordered the deportations?', '', 'A reading of the Politburo protocols', '12 March, 10:00', '', 'The protocols of the Politburo were opened in the 1990s. They show who signed each order.', ''].join('\n'));
    assert.equal(headline.question, null, 'a headline over its subtitle and dateline');
    const asked = outlineOf(['Who ordered the deportations?', '', 'The protocols of the Politburo were opened in the 1990s. They show who signed each order.', ''].join('\n'));
    assert.equal(asked.question?.text, 'Who ordered the deportations?', 'a question over prose is the author’s');
  });
  it('keeps a Markdown article’s code blocks code, and reads no prose in a text that has code', () => {
    const prose = 'The lists of the troikas were compiled from the card files of the NKVD. They named every person arrested.';
    const code = ['    const shot = rows.filter(r => r.sentence === "ВМН");', '    console.log(shot.length);'];
    const withCode = ['# Counting the sentences', '', prose, '', ...code, '', '    The counts are kept in a table of their own.', ''].join('\n');
    assert.deepEqual(outlineOf(withCode).sections.flatMap(s => s.claims.map(c => c.text)), [
      'The lists of the troikas were compiled from the card files of the NKVD.',
    ], 'a block with a program\'s characters is code, and so is every indented block beside it');
    const fenced = ['# Counting the sentences', '', prose, '', '```', 'SELECT count(*) FROM cards', '```', '', '    The counts are kept in a table of their own.', ''].join('\n');
    assert.equal(outlineOf(fenced).sections.flatMap(s => s.claims).length, 1, 'a fenced block beside it: an indented block is code too');
    // A note's second paragraph, a list item's, front matter's indented keys and a table of figures are no prose.
    const apparatus = [
      '---', 'title: Troikas', 'tags:', '    - NKVD', '---', '', prose + '[^1]', '', '    1937    1938', '    353074  328618', '',
      '- The first list.', '', '    The list item goes on here.', '', '[^1]: GARF, f. 9401, op. 1, d. 4157.', '', '    Quoted in Werth, 2010.', '',
    ].join('\n');
    assert.deepEqual(outlineOf(apparatus).sections.flatMap(s => s.claims.map(c => c.text)), [
      'The lists of the troikas were compiled from the card files of the NKVD.', 'The first list.', 'The list item goes on here.',
    ]);
  });

  it('outlines the bundled article: every paragraph once, every cited note once, block quotations marked', () => {
    const article = readFileSync(path.resolve(__dirname, '../../../corpus/harris-dual-subordination.md'), 'utf8');
    const outline = outlineOf(article);
    assert.equal(outline.title, 'Dual subordination? The political police and the party in the Urals region, 1918-1953');
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'ChK/GPU and the local “oppositions”', 'OGPU and the plan', 'OGPU/NKVD and blameshifting', 'Terror and after', null]);
    const claims = outline.sections.flatMap(s => s.claims);
    assert.equal(claims[0].text, 'Who did the Soviet political police answer to?');
    const notes = claims.flatMap(c => c.footnotes).map(Number);
    assert.deepEqual(notes, Array.from({ length: 93 }, (_, i) => i + 1), 'notes 1–93, each in the paragraph citing it');
    const quotations = claims.filter(c => c.quotation).map(c => c.text);
    assert.ok(quotations.length >= 4, `block quotations: ${quotations.length}`);
    assert.ok(quotations.some(t => t.startsWith('“If we were to permit the existence of group struggle')), quotations.join('\n'));
    assert.equal(outline.sections.at(-1)?.claims[0].text.startsWith('For nearly two decades'), true);
    // With its sections' headings as bare lines in sentence case, as text copied from the journal's page has them.
    const bare = outlineOf(article.replace(/^#{2,6} /gm, ''));
    assert.deepEqual(bare.sections.map(s => s.title), outline.sections.map(s => s.title));
  });
});
