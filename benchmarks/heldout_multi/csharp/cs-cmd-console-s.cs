using System.Diagnostics;
using System.IO;

class Program
{
    static void Main(string[] args)
    {
        string file = Path.GetFullPath(args[0]);
        if (!File.Exists(file)) return;
        Console.Write(File.ReadAllText(file));
    }
}
