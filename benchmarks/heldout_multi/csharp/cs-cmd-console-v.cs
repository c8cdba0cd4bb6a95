using System.Diagnostics;

class Program
{
    static void Main(string[] args)
    {
        string file = args[0];
        Process.Start("cmd.exe", "/c type " + file);
    }
}
