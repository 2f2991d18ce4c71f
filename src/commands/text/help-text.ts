/** The opening lines of the coreutils --help texts (coreutils 9.1), for `--help`. */
export const HELP: Record<string, string> = {
  cat: 'Usage: cat [OPTION]... [FILE]...\nConcatenate FILE(s) to standard output.\n',
  head: 'Usage: head [OPTION]... [FILE]...\nPrint the first 10 lines of each FILE to standard output.\n',
  tail: 'Usage: tail [OPTION]... [FILE]...\nPrint the last 10 lines of each FILE to standard output.\n',
  wc: 'Usage: wc [OPTION]... [FILE]...\n  or:  wc [OPTION]... --files0-from=F\nPrint newline, word, and byte counts for each FILE, and a total line if\n',
  sort: 'Usage: sort [OPTION]... [FILE]...\n  or:  sort [OPTION]... --files0-from=F\nWrite sorted concatenation of all FILE(s) to standard output.\n',
  uniq: 'Usage: uniq [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or standard input),\n',
  cut: 'Usage: cut OPTION... [FILE]...\nPrint selected parts of lines from each FILE to standard output.\n',
  tr: 'Usage: tr [OPTION]... STRING1 [STRING2]\nTranslate, squeeze, and/or delete characters from standard input,\n',
  tee: 'Usage: tee [OPTION]... [FILE]...\nCopy standard input to each FILE, and also to standard output.\n',
  ls: 'Usage: ls [OPTION]... [FILE]...\nList information about the FILEs (the current directory by default).\n',
  mkdir: 'Usage: mkdir [OPTION]... DIRECTORY...\nCreate the DIRECTORY(ies), if they do not already exist.\n',
  rmdir: 'Usage: rmdir [OPTION]... DIRECTORY...\nRemove the DIRECTORY(ies), if they are empty.\n',
  rm: 'Usage: rm [OPTION]... [FILE]...\nRemove (unlink) the FILE(s).\n',
  touch:
    'Usage: touch [OPTION]... FILE...\nUpdate the access and modification times of each FILE to the current time.\n',
  cp: 'Usage: cp [OPTION]... [-T] SOURCE DEST\n  or:  cp [OPTION]... SOURCE... DIRECTORY\n  or:  cp [OPTION]... -t DIRECTORY SOURCE...\nCopy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n',
  mv: 'Usage: mv [OPTION]... [-T] SOURCE DEST\n  or:  mv [OPTION]... SOURCE... DIRECTORY\n  or:  mv [OPTION]... -t DIRECTORY SOURCE...\nRename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n',
  basename:
    'Usage: basename NAME [SUFFIX]\n  or:  basename OPTION... NAME...\nPrint NAME with any leading directory components removed.\n',
  dirname:
    'Usage: dirname [OPTION] NAME...\nOutput each NAME with its last non-slash component and trailing slashes\n',
  seq: 'Usage: seq [OPTION]... LAST\n  or:  seq [OPTION]... FIRST LAST\n  or:  seq [OPTION]... FIRST INCREMENT LAST\nPrint numbers from FIRST to LAST, in steps of INCREMENT.\n',
  uname:
    "Usage: uname [OPTION]...\nPrint certain system information.  With no OPTION, same as -s.\n\n  -a, --all                print all information, in the following order,\n                             except omit -p and -i if unknown:\n  -s, --kernel-name        print the kernel name\n  -n, --nodename           print the network node hostname\n  -r, --kernel-release     print the kernel release\n  -v, --kernel-version     print the kernel version\n  -m, --machine            print the machine hardware name\n  -p, --processor          print the processor type (non-portable)\n  -i, --hardware-platform  print the hardware platform (non-portable)\n  -o, --operating-system   print the operating system\n      --help        display this help and exit\n      --version     output version information and exit\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/uname>\nor available locally via: info '(coreutils) uname invocation'\n",
  date: 'Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\nDisplay date and time in the given FORMAT.\n',
};
